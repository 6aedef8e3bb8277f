"""The local side of sync: applying pushes' answers and pulled pages (``replica``), the status
shown to the user (``sync_status``), conflicts and rejected changes (``resolution``), the
server's settings and the access ticket kept in ``meta``, withdrawing an unsent change
(``unsent``). Built on the store (``storage``: records, outbox, schema) and the wire contract
(``migradesk.wire``); the sync engine (``migradesk.sync``) drives it, never the reverse."""
