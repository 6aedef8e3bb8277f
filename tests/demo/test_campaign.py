"""The demonstration campaign: ten real cities, the guide's regional quotas, each at another
point of the process as the process model reads it, files moved to each city (sync G10, G13)."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from migradesk.demo.campaign import STAGES, campaign, write_workspace
from migradesk.domain.actors import Actor
from migradesk.domain.city import Region
from migradesk.domain.cityfile import CityFile
from migradesk.domain.process import Stage, overview, review
from migradesk.domain.process.queue import queue
from migradesk.domain.review import Deliverable
from migradesk.domain.unique import identity_refusal
from migradesk.storage import workspace_read

TODAY = date(2026, 11, 25)


def _files() -> dict[str, CityFile]:
    found = {}
    for city in campaign(TODAY):
        versions = {r.id: n for n, r in enumerate(city.records, start=1)}
        found[city.stage] = CityFile.from_records(city.city, city.records, versions)
    return found


def test_ten_cities_by_the_guides_quotas_each_at_another_stage() -> None:
    cities = campaign(TODAY)
    assert [c.stage for c in cities] == list(reversed(STAGES))
    regions = Counter(c.city.region for c in cities)
    assert regions == {
        Region.NOROESTE: 1,
        Region.NORESTE: 1,
        Region.PAMPEANA: 1,
        Region.CUYO: 2,
        Region.PATAGONIA: 2,
        Region.GRAN_BUENOS_AIRES: 3,
    }
    for city in cities:
        assert {r.city_id for r in city.records} == {city.city.id}
        assert all(identity_refusal(r) is None for r in city.records), city.city.name
    ids = [r.id for c in cities for r in c.records]
    assert len(ids) == len(set(ids))


def test_the_process_model_reads_each_stage() -> None:
    files = _files()

    def stage(name: str, deliverable: Deliverable) -> Stage:
        return review(files[name], deliverable).stage

    assert stage("inscripcion_borrador", Deliverable.APPLICATION) is Stage.DRAFT
    assert stage("inscripcion_enviada", Deliverable.APPLICATION) is Stage.SENT
    assert stage("curso", Deliverable.APPLICATION) is Stage.DONE
    assert overview(files["curso"], TODAY).step_id == "fase1"
    assert stage("autoevaluacion_enviada", Deliverable.SELF_ASSESSMENT) is Stage.RECEIVED
    assert stage("reporte_en_redaccion", Deliverable.REPORT) is Stage.DRAFT
    assert stage("reporte_enviado", Deliverable.REPORT) is Stage.RECEIVED
    assert stage("reporte_con_observaciones", Deliverable.REPORT) is Stage.COMMENTED
    assert stage("plan_enviado", Deliverable.ACTION_PLAN) is Stage.SENT
    assert stage("lista_para_certificar", Deliverable.ACTION_PLAN) is Stage.DONE
    assert overview(files["certificada"], TODAY).certified
    assert not overview(files["lista_para_certificar"], TODAY).certified
    waiting = [(w.city_name, w.action.key) for w in queue(files.values(), [Actor.IOM], TODAY)]
    assert {key for _name, key in waiting} == {
        "inscripcion.recibir",
        "fase2.revisar",
        "fase3.revisar",
        "fase4.validar",
        "fase5.certificar",
    }
    # A campaign under way: the early stages' last events are recent, not a year ago.
    sent = review(files["inscripcion_enviada"], Deliverable.APPLICATION).sent_on
    assert sent is not None and 0 < (TODAY - sent).days < 30


def test_a_workspace_data_dir_holds_the_campaign_as_synced(tmp_path: Path) -> None:
    ids = write_workspace(tmp_path, TODAY, role="partner", username="demo.cippec")
    replica = workspace_read.read(tmp_path / "migradesk.sqlite3")
    assert set(replica.files) == set(ids) and replica.pending == {}
    assert replica.username == "demo.cippec"
    waiting = queue(replica.files.values(), [Actor.CIPPEC], TODAY)
    assert [w.action.key for w in waiting] == ["fase3.revisar"]  # the report sent
