"""End to end, from applications sent by desktops to the results in IOM's workspace.

A real ``migradesk-server`` (SQLite), accounts of IOM made with its CLI, and three desktops of
cities not yet in the programme, each a data dir driven by the ``migradesk`` command as a user
would: ``apply`` (the application and the account asked for), ``apply --status``, ``login``,
``sync``. IOM, over HTTP: approves the requests, enters the Census figures, runs the selection,
decides its ties, publishes; a desktop learns it was selected and confirms in the app; IOM reads
the confirmation and the explained results.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from serverkit import PASSWORD, ServerProcess, fast_tmp_dir, run_cli

from migradesk.domain.application import Application, Presence
from migradesk.domain.people import FocalPoint
from migradesk.domain.register import by_code
from migradesk.domain.review import Milestone
from migradesk.domain.selection_offers import argentina_day
from migradesk.storage import Store

NO_KEYRING = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
TODAY = argentina_day(datetime.now(UTC))
# Humahuaca (Noroeste), Las Heras (Cuyo), La Matanza (Gran Buenos Aires).
CODES = ("380105", "500070", "060427")


def migradesk(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "migradesk.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=NO_KEYRING,
        check=False,
    )


def ok(response: requests.Response, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return None if status == 204 else response.json()


def desktop(folder: Path, code: str) -> Path:
    """A city's data dir as MigraDesk leaves it after the Inscripción: its city from the
    register, sections 1 and 2, the mayor's letter naming the focal point."""
    data = folder / f"ciudad-{code}"
    city = by_code(code).to_city()
    with Store.open(data) as store:
        store.save_all(
            [
                city,
                Application(
                    id=Application.id_for(city.id),
                    city_id=city.id,
                    current_population=20_000,
                    migration_body=Presence.NONE,
                    migrant_programmes=Presence.INCIPIENT,
                    agreements=Presence.NONE,
                    systematic_measures_last_two_years=False,
                    emerging_demand=True,
                    mayor_name="Intendenta de prueba",
                    letter_signed_on=TODAY,
                ),
                FocalPoint(city_id=city.id, name="Ana Quispe", post="Secretaria de Gobierno"),
            ]
        )
    return data


@pytest.fixture
def served() -> Iterator[tuple[ServerProcess, Path]]:
    with fast_tmp_dir() as folder:
        url = f"sqlite:///{folder / 'server.sqlite3'}"
        for args in (["init-db"], ["add-user", "admin", "--role", "admin"],
                     ["add-user", "rita.oim", "--role", "reviewer"]):  # fmt: skip
            done = run_cli(args, db_url=url, stdin=f"{PASSWORD}\n{PASSWORD}\n")
            assert done.returncode == 0, done.stderr
        server = ServerProcess(url, folder / "server.log")
        try:
            yield server, folder
        finally:
            server.stop()


@pytest.mark.slow
def test_from_applications_sent_by_desktops_to_results_in_the_workspace(
    served: tuple[ServerProcess, Path],
) -> None:
    server, folder = served
    admin, iom = server.login("admin"), server.login("rita.oim")
    api = f"{server.url}/api/v1"
    body = {"name": "Convocatoria 2026", "launched_on": TODAY.isoformat()}
    campaign = ok(admin.post(f"{api}/admin/campaigns", json=body), 201)["id"]

    # Three desktops find the campaign and apply, each asking for its focal point's account.
    listed = migradesk("campaigns", server.url, "--data-dir", str(folder / "x"))
    assert listed.returncode == 0 and campaign in listed.stdout, listed.stderr
    dirs = {code: desktop(folder, code) for code in CODES}
    for code, data in dirs.items():
        done = migradesk(
            "apply", server.url, "--data-dir", str(data), "--campaign", campaign,
            "--username", f"pf-{code}", "--contact-name", "Ana Quispe",
            "--contact-email", f"ana.{code}@municipio.gob.ar", "--password-stdin",
            stdin=f"{PASSWORD}\n",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert "Solicitud enviada" in done.stdout
    status = migradesk("apply", "--status", "--data-dir", str(dirs["380105"]))
    assert "Pendiente: la OIM revisa la solicitud" in status.stdout, status.stderr

    # IOM approves them; each desktop signs in with the password it chose, and syncs.
    pending = ok(iom.get(f"{api}/selection/access-requests", params={"state": "pendiente"}))
    assert sorted(r["indec_code"] for r in pending) == sorted(CODES)
    for request in pending:
        ok(admin.post(f"{api}/admin/access-requests/{request['id']}/approve", json={}))
    for code, data in dirs.items():
        status = migradesk("apply", "--status", "--data-dir", str(data))
        assert f"migradesk login {server.url} pf-{code}" in status.stdout, status.stderr
        login = migradesk(
            "login", server.url, f"pf-{code}", "--data-dir", str(data), "--password-stdin",
            "--insecure-token-file", stdin=f"{PASSWORD}\n",
        )  # fmt: skip
        assert login.returncode == 0, login.stderr
        synced = migradesk("sync", "--data-dir", str(data))
        assert synced.returncode == 0, synced.stderr

    # IOM: the figures the register lacks, the regions' references, the run, its ties.
    ids = {code: by_code(code).to_city().id for code in CODES}
    for code, figure in (("380105", 1_500), ("500070", 3_000)):
        ok(iom.put(f"{api}/selection/campaigns/{campaign}/figures/{ids[code]}",
                   json={"foreign_born": figure, "source": "INDEC, Censo 2010"}), 204)  # fmt: skip
    references = [
        {"region": region, "foreign_born": 50_000, "population": 1_000_000, "source": "INDEC"}
        for region in ("noroeste", "cuyo")
    ]
    asked = {"campaign_id": campaign, "parameters": {"region_references": references}}
    run = ok(iom.post(f"{api}/selection/runs", json=asked), 201)
    for tie in [t for t in run["outcome"]["ties"] if t["material"] and not t["decision"]]:
        run = ok(iom.post(f"{api}/selection/runs/{run['id']}/decisions",
                          json={"tie_id": tie["id"], "order": tie["choices"][:1]}))  # fmt: skip
    assert sorted(run["outcome"]["selected"]) == sorted(ids.values())
    mails = ok(iom.post(f"{api}/selection/runs/{run['id']}/publish", json={}))
    assert len(mails) == 3

    # A desktop learns it was selected (its calendar counts the 10 business days) and confirms.
    data = dirs["380105"]
    assert migradesk("sync", "--data-dir", str(data)).returncode == 0
    with Store.open(data) as store:
        file = store.load_city_file(ids["380105"])
        notified = file.phase_date(Milestone.RESULTS_NOTIFIED)
        assert notified is not None and notified.on == TODAY
        assert file.application is not None
        file.application.confirmation_sent_on = TODAY
        store.save(file.application)
    assert migradesk("sync", "--data-dir", str(data)).returncode == 0

    # IOM's workspace: the offers, the record of the run, the explained results.
    offers = {o["city_id"]: o for o in ok(iom.get(f"{api}/selection/runs/{run['id']}/offers"))}
    assert offers[ids["380105"]]["state"] == "confirmada"
    assert offers[ids["060427"]]["state"] == "notificada"
    record = ok(iom.get(f"{api}/selection/runs/{run['id']}"))
    assert record["input"]["candidates"][0]["sources"]["institutional"]
    pdf = iom.get(f"{api}/selection/runs/{run['id']}/results.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    results = iom.get(f"{api}/selection/runs/{run['id']}/results.csv").content.decode("utf-8-sig")
    assert "Humahuaca" in results and "La Matanza" in results
    # A city account sees none of it.
    city = server.login("pf-380105")
    assert city.get(f"{api}/selection/runs/{run['id']}").status_code == 403
