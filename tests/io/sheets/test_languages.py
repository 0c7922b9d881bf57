"""Sheets from job seekers in France, Germany and Spain, written the way people write them.

Each file is imported with no options (or one mapping) and the test checks the
applications, interviews and events the kit created from it.  Every company and
person here is invented.
"""

from __future__ import annotations

import os

import pandas as pd
import pytest

from followup_kit.analysis.waits import applications_as_of
from followup_kit.errors import InputError
from followup_kit.io.sheets.columns import normalise_header, normalise_word
from followup_kit.io.sources import import_source
from followup_kit.store.tracker import Tracker
from followup_kit.vocabulary import SHEET_HEADERS, SHEET_STATUS_WORDS


@pytest.fixture
def paris(tmp_path):
    t = Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Paris")
    yield t
    t.close()


def events_of(tracker) -> dict[str, list[tuple[str, str]]]:
    """``{company: [(kind, YYYY-MM-DD), ...]}`` sorted, for readable asserts."""
    ev = tracker.events.merge(tracker.applications[["application_id", "company"]], on="application_id")
    ev = ev.assign(on=ev["on"].dt.strftime("%Y-%m-%d")).sort_values(["company", "on", "kind"])
    return {c: list(zip(g["kind"], g["on"])) for c, g in ev.groupby("company")}


# Excel on a French Windows machine: "CSV (séparateur: point-virgule)" is cp1252, day-first.
FRENCH = (
    "Entreprise;Poste;Date de candidature;Statut;Entretien 1;2e entretien;Date de réponse;Recommandé par;Remarques\r\n"
    "Société Lumière;Chargée d'études;03/09/2026;Refusé;15/09/2026;;02/10/2026;;Réponse par mail\r\n"
    "Boulangerie Dufresne;;07/09/2026;Candidature envoyée;;;;;candidature spontanée\r\n"
    "Atelier Nord-Est;Analyste données;10/09/2026;Entretien;18/09/2026;25/09/2026;;Camille Exemple;\r\n"
    "Éditions du Port;Data analyst;14/09/2026;Offre;21/09/2026;;12/10/2026;;\r\n"
    "Mutuelle Verte;Contrôleur de gestion;16/09/2026;Pas de réponse;;;;;\r\n"
    "Transports Azur;Analyste;17/09/2026;retiré;;;30/09/2026;;trop loin\r\n"
)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-sig"])
def test_french_sheet_with_semicolons_day_first_dates_and_a_final_answer(paris, tmp_path, encoding):
    path = tmp_path / "candidatures.csv"
    path.write_bytes(FRENCH.encode(encoding))
    result = import_source(paris, path)
    assert (result.rows_read, result.rows_imported, result.rows_rejected) == (6, 6, 0)
    assert result.detected["delimiter"] == ";" and result.detected["dates"] == "day-first dates"
    assert result.unknown_columns == []
    apps = paris.applications.set_index("company")
    # the statuses on the sheet's last day (weeks later, the silence rule calls the silent ones ghosted)
    status = applications_as_of(paris, as_of="2026-10-12").set_index("company")["status"]
    assert apps.loc["Société Lumière", "role"] == "Chargée d'études"
    assert pd.isna(apps.loc["Boulangerie Dufresne", "role"])  # a spontaneous application: no role, still imported
    assert apps.loc["Boulangerie Dufresne", "stored_status"] == "applied"  # "Candidature envoyée"
    assert status.to_dict() == {
        "Société Lumière": "rejected",
        "Boulangerie Dufresne": "ghosted",  # applied on 09-07, silent 35 days by 10-12: the silence rule
        "Atelier Nord-Est": "interviewing",
        "Éditions du Port": "offer",
        "Mutuelle Verte": "ghosted",
        "Transports Azur": "withdrawn",
    }
    events = events_of(paris)
    # "Date de réponse" follows the status: a refusal is a rejection, an offer an offer, "retiré" a withdrawal
    assert events["Société Lumière"] == [("rejection", "2026-10-02")]
    assert events["Éditions du Port"] == [("offer", "2026-10-12")]
    assert events["Transports Azur"] == [("withdrawal", "2026-09-30")]
    # no date at all: ghosted on the application day (the latest date the row holds)
    assert events["Mutuelle Verte"] == [("ghosted", "2026-09-16")]
    assert "Boulangerie Dufresne" not in events and "Atelier Nord-Est" not in events
    iv = paris.interviews.merge(paris.applications[["application_id", "company"]], on="application_id")
    assert iv.groupby("company").size().to_dict() == {
        "Atelier Nord-Est": 2,
        "Société Lumière": 1,
        "Éditions du Port": 1,
    }
    assert iv["starts_at"].dt.strftime("%H:%M").unique().tolist() == ["09:00"]
    assert paris.contacts["name"].tolist() == ["Camille Exemple"]


# A German sheet kept in LibreOffice: UTF-8 without BOM, comma-separated, dates as 14.11.2026.
GERMAN = (
    "Unternehmen,Stelle,Bewerbungsdatum,Status,Vorstellungsgespräch,Antwortdatum,Notizen\n"
    'Müller & Söhne GmbH,"Analyst, Controlling",02.09.2026,Abgelehnt,,21.09.2026,\n'
    "Brückenbau Kiel AG,Datenanalystin,05.09.2026,Vorstellungsgespräch,16.09.2026,,zweite Runde offen\n"
    "Stadtwerke Beispielstadt,,08.09.2026,Beworben,,,Initiativbewerbung\n"
    "Nordlicht Versicherung,Data Scientist,09.09.2026,Angenommen,22.09.2026,06.10.2026,\n"
    "Weißdorn Logistik,Werkstudent BI,11.09.2026,zurückgezogen,,15.09.2026,\n"
)


def test_german_sheet_with_umlauts_dotted_dates_missing_roles_and_an_accepted_offer(tmp_path):
    path = tmp_path / "bewerbungen.csv"
    path.write_bytes(GERMAN.encode("utf-8"))
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Berlin") as t:
        result = import_source(t, path)
        assert (result.rows_imported, result.rows_rejected, result.unknown_columns) == (5, 0, [])
        apps = t.applications.set_index("company")
        status = applications_as_of(t, as_of="2026-10-06").set_index("company")["status"]  # the sheet's last day
        assert status.to_dict() == {
            "Müller & Söhne GmbH": "rejected",
            "Brückenbau Kiel AG": "interviewing",
            "Stadtwerke Beispielstadt": "applied",
            "Nordlicht Versicherung": "accepted",
            "Weißdorn Logistik": "withdrawn",
        }
        assert pd.isna(apps.loc["Stadtwerke Beispielstadt", "role"])
        events = events_of(t)
        assert events["Müller & Söhne GmbH"] == [("rejection", "2026-09-21")]
        # accepted: an offer and its acceptance, both on the final-answer day (the sheet has no offer date)
        assert events["Nordlicht Versicherung"] == [("offer", "2026-10-06"), ("offer_accepted", "2026-10-06")]
        assert events["Weißdorn Logistik"] == [("withdrawal", "2026-09-15")]
        assert len(t.interviews) == 2


# A Spanish sheet from Excel on a Mac: UTF-8 with BOM, semicolons, d/m/yyyy dates, one header the
# kit cannot guess ("Contestaron"), named with one mapping.
SPANISH = (
    "Empresa;Puesto;Fecha de postulación;Estado;Entrevista;Contestaron;Fecha de respuesta;Fuente\n"
    "Cervecería Alcalá;Analista de datos;1/9/2026;Rechazado;;8/9/2026;20/9/2026;LinkedIn\n"
    "Grupo Ejemplo Andino;;3/9/2026;Entrevista;15/9/2026;10/9/2026;;Recomendación\n"
    "Olivos del Sur;Científica de datos;4/9/2026;Oferta aceptada;18/9/2026;9/9/2026;2/10/2026;InfoJobs\n"
    "Hospital San Ejemplo;Analista BI;6/9/2026;Sin respuesta;;;;Web\n"
)


def test_spanish_sheet_with_one_mapping(tmp_path):
    path = tmp_path / "candidaturas.csv"
    path.write_bytes(SPANISH.encode("utf-8-sig"))
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Madrid") as t:
        result = import_source(t, path, mapping={"Contestaron": "first_response_on"})
        assert result.detected["encoding"] == "utf-8-sig" and result.detected["dates"] == "day-first dates"
        assert (result.rows_imported, result.rows_rejected, result.unknown_columns) == (4, 0, [])
        apps = t.applications.set_index("company")
        status = applications_as_of(t, as_of="2026-10-02").set_index("company")["status"]  # the sheet's last day
        assert status.to_dict() == {
            "Cervecería Alcalá": "rejected",
            "Grupo Ejemplo Andino": "interviewing",
            "Olivos del Sur": "accepted",
            "Hospital San Ejemplo": "ghosted",
        }
        assert apps.loc["Olivos del Sur", "source"] == "InfoJobs"
        events = events_of(t)
        assert events["Cervecería Alcalá"] == [("response", "2026-09-08"), ("rejection", "2026-09-20")]
        assert events["Grupo Ejemplo Andino"] == [("response", "2026-09-10")]
        assert events["Olivos del Sur"] == [
            ("response", "2026-09-09"),
            ("offer", "2026-10-02"),
            ("offer_accepted", "2026-10-02"),
        ]


def test_a_final_answer_with_an_open_status_is_the_first_reply(paris, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Entreprise;Date de candidature;Statut;Date de réponse\nAcme;01/09/2026;En cours;15/09/2026\n")
    import_source(paris, path)
    assert events_of(paris) == {"Acme": [("response", "2026-09-15")]}


def test_a_final_answer_before_the_application_names_its_cell(paris, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Entreprise;Date de candidature;Statut;Date de réponse\nAcme;20/09/2026;Refusé;15/09/2026\n")
    result = import_source(paris, path)
    assert [str(p) for p in result.problems] == [
        "c.csv, row 2, column 'Date de réponse', value '15/09/2026': the final answer (2026-09-15) is before "
        "applied_on (2026-09-20)"
    ]
    assert paris.applications["stored_status"].tolist() == ["rejected"]  # the cell left empty, the row imported
    assert events_of(paris) == {}


def test_a_sheet_without_a_company_column_says_how_to_map_it(paris, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("Boîte;Poste\nAcme;Analyste\n")
    with pytest.raises(InputError, match=r"no column for 'company'; name it with --map \"Your column=company\""):
        import_source(paris, path)


def test_accents_case_and_spacing_do_not_matter():
    assert normalise_word("REFUSÉ") == normalise_word("refuse") == "refuse"
    assert normalise_word("Vorstellungsgespräch") == "vorstellungsgesprach"
    assert normalise_header("Fecha de Postulación") == normalise_header("fecha_de_postulacion")
    assert normalise_header("Straße") == "strasse"


def test_the_vocabulary_has_no_word_in_two_places():
    """A word listed under two statuses (or a header under two fields) would be read one way silently."""
    for table, norm in ((SHEET_STATUS_WORDS, normalise_word), (SHEET_HEADERS, normalise_header)):
        owner: dict[str, str] = {}
        for key, words in table.items():
            for word in words:
                assert owner.setdefault(norm(word), key) == key, (word, key, owner[norm(word)])


# A Dutch sheet from Excel in the Netherlands: semicolons, d-m-yyyy dates, month abbreviations
# ("14 mrt 2026"), status words of its own.
DUTCH = (
    "Bedrijf;Functie;Sollicitatiedatum;Status;Sollicitatiegesprek;Datum uitslag;Opmerkingen\n"
    "Kade Logistiek B.V.;Planner;3-3-2026;Afgewezen;;20-3-2026;\n"
    "Gemeente Lingewaard;Beleidsadviseur;5-3-2026;Uitgenodigd;17 mrt 2026;;tweede gesprek volgt\n"
    "Van Dalen Techniek;;9-3-2026;Gesolliciteerd;;;open sollicitatie\n"
    "Zorggroep Rivierenland;Data-analist;12-3-2026;Aangenomen;19-3-2026;2-4-2026;\n"
    "Bakkerij De Korenbloem;Verkoper;13-3-2026;Ingetrokken;;16-3-2026;\n"
)


def test_dutch_sheet_with_semicolons_day_first_dates_and_dutch_status_words(tmp_path):
    path = tmp_path / "sollicitaties.csv"
    path.write_bytes(DUTCH.encode("utf-8"))
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Amsterdam") as t:
        result = import_source(t, path)
        assert result.detected["dates"] == "day-first dates"
        assert (result.rows_imported, result.rows_rejected, result.unknown_columns) == (5, 0, [])
        status = applications_as_of(t, as_of="2026-04-02").set_index("company")["status"]
        assert status.to_dict() == {
            "Kade Logistiek B.V.": "rejected",
            "Gemeente Lingewaard": "interviewing",
            "Van Dalen Techniek": "applied",
            "Zorggroep Rivierenland": "accepted",
            "Bakkerij De Korenbloem": "withdrawn",
        }
        events = events_of(t)
        assert events["Kade Logistiek B.V."] == [("rejection", "2026-03-20")]
        assert events["Bakkerij De Korenbloem"] == [("withdrawal", "2026-03-16")]
        iv = t.interviews.merge(t.applications[["application_id", "company"]], on="application_id")
        assert sorted(zip(iv["company"], iv["starts_at"].dt.strftime("%Y-%m-%d"))) == [
            ("Gemeente Lingewaard", "2026-03-17"),
            ("Zorggroep Rivierenland", "2026-03-19"),
        ]


# A Polish sheet from LibreOffice: day-first dates, Polish headers and the words people write.
POLISH = (
    "Firma;Stanowisko;Data aplikacji;Status;Uwagi\n"
    "Kade Logistyka;Analityk;03.03.2026;Odrzucone;\n"
    "Wisła Dane;Młodszy Analityk;05.03.2026;Rozmowa z HR;\n"
    "Bałtyk Tech;Programista;09.03.2026;Brak odpowiedzi;\n"
    "Mazury Soft;Tester;12.03.2026;Nie przeszedłem dalej;po teście\n"
    "Tatry Bank;Analityk;13.03.2026;Zrezygnowałem;\n"
    "Odra Media;Grafik;16.03.2026;Oferta – odrzuciłem (za mało);\n"
)


@pytest.mark.parametrize(
    ("company", "status"),
    [("Kade Logistyka", "rejected"), ("Wisła Dane", "interviewing"), ("Bałtyk Tech", "ghosted"),
     ("Mazury Soft", "rejected"), ("Tatry Bank", "withdrawn"),
     ("Odra Media", "offer")],  # an offer she turned down was still an offer
)  # fmt: skip
def test_polish_sheet_with_day_first_dates_and_polish_status_words(tmp_path, company, status):
    path = tmp_path / "rekrutacje.csv"
    path.write_bytes(POLISH.encode("utf-8"))
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Warsaw") as t:
        result = import_source(t, path)
        assert result.rows_imported == 6 and not result.problems
        row = t.applications.set_index("company").loc[company]
        assert row["stored_status"] == status
        assert row["applied_on"].strftime("%m") == "03"  # day-first: 03.03.2026 to 16.03.2026 are all March


# A Brazilian job seeker's sheet, as LibreOffice saves it: Portuguese headers, her own status words.
PORTUGUESE = (
    "Empresa,Vaga,Data da candidatura,Onde vi a vaga,Status,Última atualização,Observações\n"
    "Cerâmica Horizonte,Analista de Marketing,08/01/2026,LinkedIn,Reprovado,02/02/2026,não passei da entrevista\n"
    "Cooperativa Vale Verde,Analista de CRM,09/01/2026,Gupy,Sem resposta,,\n"
    "Editora Ipê,Analista de Conteúdo,15/01/2026,Site da empresa,Entrevista,20/01/2026,case na sexta\n"
    "Farmácias Aurora,Analista de Performance,17/01/2026,Gupy,Proposta,25/01/2026,\n"
    "Moinho Azul,Assistente de Marketing,22/01/2026,Indicação,Desisti da vaga,,\n"
)


def test_portuguese_sheet_imports_without_options(tmp_path):
    path = tmp_path / "candidaturas_2026.csv"
    path.write_bytes(PORTUGUESE.encode("utf-8"))
    with Tracker.create(tmp_path / "t.sqlite", timezone="America/Sao_Paulo") as t:
        result = import_source(t, path)
        assert (result.rows_imported, result.rows_rejected, result.questions) == (5, 0, [])
        apps = t.applications.set_index("company")
        assert apps.loc["Editora Ipê", "role"] == "Analista de Conteúdo"
        assert str(apps.loc["Farmácias Aurora", "applied_on"])[:10] == "2026-01-17"  # day-first
        status = applications_as_of(t, as_of="2026-02-03").set_index("company")["status"]
        assert status.to_dict() == {
            "Cerâmica Horizonte": "rejected",
            "Cooperativa Vale Verde": "ghosted",
            "Editora Ipê": "interviewing",
            "Farmácias Aurora": "offer",
            "Moinho Azul": "withdrawn",
        }


# A Google Sheets export kept in Italian: its own headers and words, day-first dates (a few without
# a year), and the author's counts under the table.
ITALIAN = (
    "Azienda,Ruolo,Data invio,Canale,Stato,Ultimo aggiornamento,Note\n"
    "Torrefazione Aurora,Brand Specialist,07/10/2025,LinkedIn,Scartata,21/10/2025,mail automatica\n"
    "Pastificio Lume,Marketing Junior,15/01/2026,Sito aziendale,Secondo colloquio,30/01/2026,\n"
    'Vetreria Sole,CRM Specialist,14/10/2025,InfoJobs,"Colloquio conoscitivo, poi sparita",24/10/2025,\n'
    'Cantina Alta,Growth Marketer,20/01,LinkedIn,Offerta ricevuta,02/02/2026,"RAL 34k, rispondere entro il 10/2"\n'
    "Ottica Riva,Social Media Manager,22/01,Sito aziendale,Ritirata da me,,\n"
    "Libreria Ponte,Marketing Specialist,26/01/2026,LinkedIn,Inviata,,\n"
    ",,,,,,\n"
    "TOTALE INVIATE,6,,,,,\n"
    "di cui con colloquio,2,,,,,\n"
    "tasso di risposta,66%,,,,,\n"
)


def test_italian_sheet_imports_without_options_and_its_counts_are_no_applications(tmp_path):
    path = tmp_path / "Candidature 2025-2026 - Foglio1.csv"
    path.write_bytes(ITALIAN.encode("utf-8"))
    saved = pd.Timestamp("2026-02-03 18:00", tz="Europe/Rome").timestamp()
    os.utime(path, (saved, saved))  # the day its author last saved it: "20/01" is of that year
    with Tracker.create(tmp_path / "t.sqlite", timezone="Europe/Rome") as t:
        result = import_source(t, path)
        assert (result.rows_imported, result.questions) == (6, [])
        apps = t.applications.set_index("company")
        assert str(apps.loc["Cantina Alta", "applied_on"])[:10] == "2026-01-20"  # a day and month in this year
        status = applications_as_of(t, as_of="2026-02-03").set_index("company")["status"]
        assert status.to_dict() == {
            "Cantina Alta": "offer",
            "Libreria Ponte": "applied",
            "Ottica Riva": "withdrawn",
            "Pastificio Lume": "interviewing",
            "Torrefazione Aurora": "rejected",
            "Vetreria Sole": "ghosted",
        }
