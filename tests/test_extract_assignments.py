"""Generated wordings of an uppdrag: a directive to a named body or role in any of its forms,
and the clauses that give none (a mandate, a permission, a rule, a report on an old uppdrag).
The negative cases first."""
import pytest

from meetbook.extract.assignments import extract_assignment
from meetbook.model import Clause

NO_UPPDRAG = [
    "Kommundirektören befullmäktigas att underteckna avtalet.",
    "Kommundirektören bemyndigas att teckna avtalet.",
    "Ordföranden ges rätt att besluta på nämndens vägnar.",
    "Förvaltningschefen får delegation att besluta om bidrag.",
    "Förvaltningen får anställa en samordnare inom ramen.",
    "Kommunstyrelsen får disponera 2 mnkr ur resultatfonden.",
    "Taxan ska gälla från och med den 1 januari 2027.",
    "Bidraget ska betalas ut i två delar.",
    "Förvaltningen ska inte utreda frågan vidare.",
    "Nämnden ska ha tre sammanträden under våren.",
    "Bolaget ska ha rätt att ta upp lån om högst 40 mnkr.",
    "att kommunstyrelsen ska få disponera medlen,",
    "att förvaltningen ska tillföras 2 mnkr,",
    "Kommunstyrelsen ska vara huvudman för projektet.",
    "Föreningen ska återbetala bidraget.",
    "Beslutet ska gälla omedelbart.",
    "Kommunstyrelsen ansvarar inte för kostnaden.",
    "Rapporten om uppdraget läggs till handlingarna.",
    "Uppdraget förklaras slutfört.",
    "Kommunstyrelsens uppdrag att utreda frågan avslutas.",
    "Nämnden ger sitt stöd till förslaget.",
    "Nämnden begär att få yttra sig över planen.",
    "Medborgarförslaget anses besvarat.",
    "Sökanden ansvarar för att skylten tas bort.",
    "Förvaltningen bör utreda frågan.",
    "Vidare får förvaltningen anställa en samordnare.",
    "Därmed ges föreningen rätt att ansöka om bidrag.",
    "Socialnämnden ska till kommunstyrelsen i april inte redovisa något.",
    "Nämnderna ska i sina verksamhetsplaner för 2027 redovisa hur de anpassar verksamheten.",
    "Bolaget ska i sin årsredovisning redovisa kostnaderna.",
    "Projektet ska snarast vara klart.",
    "Uppdrag till förvaltningen att ta fram en plan redovisas och läggs till handlingarna.",
    "Nämnden begär att kommunfullmäktige utökar nämndens budgetram med 2 mnkr.",
    "Styrelsen begärde att fullmäktige beslutar om ett tilläggsanslag.",
    "I reglementet ersätts ”Nämnden ska fortlöpande utveckla energisparåtgärder” med en ny "
    "lydelse.",
]


@pytest.mark.parametrize("text", NO_UPPDRAG)
def test_generated_clauses_that_give_no_uppdrag(text):
    assert extract_assignment(Clause(1, text)) is None


UPPDRAG = [
    ("Kommunstyrelsen ger kommundirektören i uppdrag att ta fram en plan.", "Kommundirektören"),
    ("Nämnden uppdrar åt förvaltningen att utreda frågan.", "Förvaltningen"),
    ("Nämnden uppdrar förvaltningen att ta fram en tidplan.", "Förvaltningen"),
    ("Socialnämnden får i uppdrag att se över taxan.", "Socialnämnden"),
    ("Tekniska nämnden uppdras att utreda belysningen.", "Tekniska nämnden"),
    ("Kommundirektören ges i uppgift att samordna arbetet.", "Kommundirektören"),
    ("Ordföranden ges i uppdrag att underteckna skrivelsen.", "Ordföranden"),
    ("Miljöchefen får uppdraget att informera verksamhetsutövarna.", "Miljöchefen"),
    ("Kommunstyrelsen gav förvaltningen i uppdrag att utreda frågan.", "Förvaltningen"),
    ("KOMMUNSTYRELSEN FÅR I UPPDRAG ATT UTREDA FRÅGAN.", "KOMMUNSTYRELSEN"),
    ("Kommunstyrelsen får i\nuppdrag att\nutreda frågan.", "Kommunstyrelsen"),
    ("att kommunstyrelsen ska utreda möjligheten till en ny skola,", "Kommunstyrelsen"),
    ("att förvaltningen ska arbeta fram en handlingsplan,", "Förvaltningen"),
    ("att socialnämnden ska säkerställa att rutinerna följs,", "Socialnämnden"),
    ("Förvaltningen ska fortsätta arbetet med planen.", "Förvaltningen"),
    ("Förvaltningen skall utreda frågan vidare.", "Förvaltningen"),
    ("Kommundirektören ska, i samråd med nämnderna, ta fram en plan.", "Kommundirektören"),
    ("att kommunstyrelsen ansvarar för att planen genomförs,", "Kommunstyrelsen"),
    ("Samhällsbyggnadsförvaltningen ansvarar för att ta fram en tidplan.",
     "Samhällsbyggnadsförvaltningen"),
    ("att kultur- och fritidsnämnden ska ansvara för samordningen,", "Kultur- och fritidsnämnden"),
    ("Barn- och utbildningsnämnden åläggs att redovisa kostnaderna.",
     "Barn- och utbildningsnämnden"),
    ("Samtliga nämnder anmodas att lämna sina budgetförslag senast den 1 mars.",
     "Samtliga nämnder"),
    ("Förvaltningen anmodas inkomma med en redogörelse.", "Förvaltningen"),
    ("Nämnderna uppmanas att se över sina lokalbehov.", "Nämnderna"),
    ("Stadsdirektören uppmanas att återkomma i frågan.", "Stadsdirektören"),
    ("att begära att kommunstyrelsen utreder frågan,", "Kommunstyrelsen"),
    ("Kommunfullmäktige begär att tekniska nämnden återkommer med en plan.", "Tekniska nämnden"),
    ("Nämnden begärde att förvaltningen redovisar kostnaderna i mars.", "Förvaltningen"),
    ("Stadsstyrelsen ombeds utreda saken.", "Stadsstyrelsen"),
    ("Bildningsdirektören ombeds att bereda ärendet till nästa möte.", "Bildningsdirektören"),
    ("Bildningsnämnden ombes bereda ett förslag.", "Bildningsnämnden"),
    ("Ekonomichefen uppdras därutöver att följa upp budgeten.", "Ekonomichefen"),
    ("att kommunstyrelsen ges i uppdrag att, tillsammans med bolaget, ta fram en plan,",
     "Kommunstyrelsen"),
    ("Grundskolenämnden får ansvar för att erbjuda modersmålsundervisning.", "Grundskolenämnden"),
    ("Nämnden begär att förvaltningen återkommer med en ny kalkyl.", "Förvaltningen"),
    ("Förvaltningen ska löpande uppdatera webbplatsen.", "Förvaltningen"),
    ("att kommunstyrelsen ska få i uppdrag att utreda frågan,", "Kommunstyrelsen"),
    ("Förvaltningen ska ges i uppdrag att utreda frågan.", "Förvaltningen"),
    ("att förvaltningen snarast ska ta fram en plan,", "Förvaltningen"),
    ("att förvaltningen också ska redovisa kostnaderna,", "Förvaltningen"),
    ("Till kommundirektören ges uppdraget att ta fram en tidplan.", "Kommundirektören"),
    ("Kommundirektören tilldelas uppdraget att samordna arbetet.", "Kommundirektören"),
    ("Uppdrag till förvaltningen att ta fram en plan.", "Förvaltningen"),
    ("Kommunstyrelsen uppdras, i samråd med bolaget, att utreda frågan.", "Kommunstyrelsen"),
    ("Vidare ges förvaltningen i uppdrag att ta fram en plan.", "Förvaltningen"),
    ("Därutöver får kommundirektören i uppdrag att följa upp arbetet.", "Kommundirektören"),
    ("Dessutom uppdras förvaltningen att redovisa kostnaderna.", "Förvaltningen"),
    ("Slutligen uppmanas nämnderna att se över sina lokaler.", "Nämnderna"),
    ("Med anledning av detta ges socialnämnden i uppdrag att utreda frågan.", "Socialnämnden"),
    ("Vidare ges tekniska nämnden i uppdrag att utreda belysningen.", "Tekniska nämnden"),
    ("Samtidigt åläggs bolaget att redovisa sina kostnader.", "Bolaget"),
    ("Socialnämnden ska till kommunstyrelsen i april 2027 redovisa en åtgärdsplan.",
     "Socialnämnden"),
    ("Förvaltningen ska efter samråd med skolorna och föreningarna utreda frågan.",
     "Förvaltningen"),
]


@pytest.mark.parametrize("text, assignee", UPPDRAG)
def test_generated_wordings_of_an_uppdrag(text, assignee):
    a = extract_assignment(Clause(1, text))
    assert a is not None and a.assignee == assignee
