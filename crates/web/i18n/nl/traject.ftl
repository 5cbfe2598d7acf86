## Dossiers (traject)
step-talk-name = Stap 1: In gesprek
step-talk-means = Jij en school praten over wat je ziet bij je kind. Jullie delen zorgen en ideeën.
step-talk-next = Jullie zoeken samen uit wat er al aan steun is, op school en daarbuiten.
step-inform-orient-name = Stap 2: Informeren en oriënteren
step-inform-orient-means = Jullie zoeken uit wat de school kan bieden en welke hulp er verder is.
step-inform-orient-next = Jullie onderzoeken waar de zorgen vandaan komen.
step-investigate-name = Stap 3: Onderzoek naar de oorzaak
step-investigate-means = Jullie kijken wat je kind nodig heeft. Soms helpt iemand van buiten de school, maar alleen met jouw toestemming.
step-investigate-next = Jullie maken samen een plan.
step-plan-name = Stap 4: Een plan maken
step-plan-means = In het plan staat wat jullie willen bereiken, wie wat doet en wanneer jullie het bespreken.
step-plan-next = Na een afgesproken tijd kijken jullie samen hoe het gaat.
step-evaluate-name = Stap 5: Evalueren
step-evaluate-means = Jullie kijken of het plan werkt. Daarna kiezen jullie: het plan aanpassen, stoppen omdat het goed gaat, of een andere school zoeken.
step-evaluate-next = Terug naar stap 4 om het plan aan te passen, het dossier afsluiten, of stap 6.
step-other-school-name = Stap 6: Een andere school
step-other-school-means = Jullie zoeken samen een school die beter past. De steun gaat door zonder onderbreking.
step-other-school-next = Als je kind op de nieuwe school is begonnen, sluiten jullie dit dossier af.
step-closed-name = Afgesloten
step-closed-means = Dit dossier is afgesloten. Je kunt alles nog lezen en downloaden.
step-closed-next = Er zijn geen stappen meer. Na de bewaartermijn wordt het dossier verwijderd.
check-talk-concern-shared = We hebben de zorgen over het kind besproken.
check-talk-child-heard = We weten wat het kind er zelf van vindt.
check-talk-agreements-written = De afspraken staan op papier.
check-inform-sop-read = We weten welke steun de school kan bieden (de schoolgids).
check-inform-support-known = We weten welke extra steun er al is.
check-inform-help-outside = We weten waar we buiten school terechtkunnen.
check-investigate-needs = We weten wat het kind nodig heeft.
check-investigate-parents-view = De kijk van de ouders staat erbij.
check-investigate-consent-outside = Voor hulp van buiten school is toestemming van de ouders geregeld.
check-plan-goals = De doelen zijn duidelijk.
check-plan-who-what-when = We weten wie wat doet, en wanneer.
check-plan-parents-agree = De ouders zijn het eens met het plan.
check-plan-evaluation-date = De datum van de evaluatie staat vast.
check-evaluate-goals-reached = We hebben bekeken welke doelen gehaald zijn.
check-evaluate-parents-heard = De ouders hebben hun kijk gegeven.
check-evaluate-next-step = We hebben samen de volgende stap gekozen.
check-other-school-options = We weten welke scholen kunnen passen.
check-other-school-handover = De nieuwe school weet wat het kind nodig heeft (met toestemming van de ouders).
check-other-school-no-gap = Er zit geen gat tussen de oude en de nieuwe school.
prole-parent = Ouder of verzorger
prole-teacher = Leerkracht of mentor
prole-coordinator = Intern begeleider of ondersteuningscoördinator
prole-director = Directeur
prole-swv-consultant = Consulent van het samenwerkingsverband
prole-education-consultant = Onderwijsconsulent
prole-outside-expert = Deskundige van buiten school
action-view = Het dossier lezen
action-add-note = Een notitie schrijven
action-tick-checklist = De checklist afvinken
action-move-step = Naar een volgende stap gaan
action-invite = Iemand uitnodigen of uitnodiging intrekken
action-give-consent = Toestemming geven en intrekken
action-view-access-log = Zien wie het dossier bekeek
action-export = Het hele dossier downloaden of printen
action-close = Het dossier afsluiten
consent-involve-swv = Het samenwerkingsverband mag meedenken
consent-involve-education-consultant = Een onderwijsconsulent mag meedenken
consent-involve-expert = Een deskundige van buiten school mag meedenken
consent-share-document = Een document mag gedeeld worden
tl-created = Dossier gestart.
tl-invited = { $email } is uitgenodigd als { $role }.
tl-joined = Heeft de uitnodiging aangenomen.
tl-withdrawn = Een uitnodiging is ingetrokken.
tl-step = Van { $from } naar { $to }. Waarom: { $why }
tl-ticked = Afgevinkt: { $item }
tl-unticked = Niet meer afgevinkt: { $item }
tl-consent-given = Toestemming gegeven: { $kind }. Doel: { $purpose }
tl-consent-revoked = Toestemming ingetrokken: { $kind }
tl-note = Nieuwe gedeelde notitie.
tl-filter-step = Stappen
tl-filter-note = Notities
tl-filter-consent = Toestemming
tl-filter-participant = Deelnemers
tl-filter-checklist = Checklist
nav-files = Dossiers
files-title = Dossiers
files-intro = Hier vind je de dossiers waarin je meedoet. Alleen wie is uitgenodigd, kan een dossier zien.
files-empty = Je doet nog niet mee in een dossier.
files-your-role = Jouw rol
files-new = Nieuw dossier starten
files-new-intro = Vul alleen in wat nodig is: de naam van het kind, de geboortedatum en de klas.
files-start = Dossier starten
child-first-name = Voornaam van het kind
child-last-name = Achternaam van het kind
child-date-of-birth = Geboortedatum
child-date-of-birth-hint = Bijvoorbeeld 14 3 2017.
child-class = Groep of klas
child-school = School
file-title = Dossier van
file-nav = Onderdelen van het dossier
file-nav-overview = Overzicht
file-nav-participants = Deelnemers
file-nav-consent = Toestemming
file-nav-access = Wie heeft het dossier bekeken
file-nav-print = Printversie
file-nav-export = Alles bewaren als bestand
file-next = Wat komt hierna?
file-checklist = Checklist voor deze stap
file-move = Naar welke stap gaan jullie?
file-move-why = Waarom?
file-move-why-hint = Schrijf kort op waarom, in hoogstens 1000 tekens. Dit komt in de tijdlijn.
file-note-hint = Hoogstens 5000 tekens. Is je tekst langer, dan blijft hij hier staan en kun je hem inkorten.
file-move-button = Naar deze stap
file-notes = Notities
file-note-new = Nieuwe notitie
file-note-who = Wie mag deze notitie lezen?
file-note-shared = Iedereen in dit dossier
file-note-private = Alleen ik
file-note-private-badge = alleen voor jou
file-note-add = Notitie opslaan
file-timeline = Tijdlijn
file-timeline-filter = Toon
file-timeline-all = Alles
file-timeline-show = Toon
participants-caption = Wie doet mee
participant-active = doet mee
participant-pending = uitgenodigd
participant-expired = uitnodiging verlopen
participant-withdrawn = ingetrokken
participant-withdraw = Intrekken
invite-title = Iemand uitnodigen
invite-intro = De persoon krijgt een mail met een link. Iemand van buiten school kan pas meedoen als de ouders daar toestemming voor gaven.
invite-button = Uitnodiging versturen
error-invite-no-consent = Voor deze rol is eerst toestemming van de ouders nodig. Een ouder kan die geven onder Toestemming.
error-invite-twice = Dit adres is al uitgenodigd of doet al mee.
error-invite-parent-by-parent = Een tweede ouder kan alleen worden uitgenodigd door een ouder die al meedoet.
error-invite-not-parent-account = Dit adres hoort bij een account van iemand van school of van buiten. Kies een andere rol of een ander adres.
error-invite-not-staff = Deze rol is alleen voor mensen met een account van de school van dit dossier. De beheerder of de directeur maakt zo'n account.
error-invite-no-account = Deze persoon heeft nog geen account voor deze rol. Vraag de beheerder om een account te maken en nodig daarna opnieuw uit.
invitation-title = Uitnodiging voor een dossier
invitation-text = Je bent uitgenodigd om mee te doen in het dossier van { $child }.
invitation-authority = Ik ben ouder met gezag over { $child }, of ik zorg voor { $child } als verzorger.
invitation-privacy = Het dossier gaat over een kind. Lees en deel het met zorg.
invitation-accept = Uitnodiging aannemen
invitation-invalid = Deze uitnodiging werkt niet meer. Misschien is ze al gebruikt, verlopen of ingetrokken. Vraag om een nieuwe.
mail-step-subject = Het dossier van { $child } is een stap verder
mail-step-body =
    Hallo,

    In het dossier van { $child } in { $site } is de stap veranderd:
    van "{ $from }" naar "{ $to }".

    De reden: { $why }

    Bekijk het dossier: { $link }

    Klopt dit niet? Zeg het tegen school, of schrijf het in een notitie in het dossier.
check-parents-only = dit vinkt een ouder aan
file-parents-items-open = Nog niet alles van de ouders is afgevinkt. Je kunt wel een stap verder, maar de kijk van de ouders staat er dan nog niet bij.
print-back = Terug naar het dossier
print-button = Afdrukken
print-hint = Of druk af met je browser (Ctrl+P, of Delen en dan Afdrukken op je telefoon).
print-printed-on = Afgedrukt op { $date }
print-private-note = Alleen voor jou: geef dit niet mee
mail-invite-subject = Uitnodiging voor een dossier in { $site }
mail-invite-body =
    Hallo,

    { $name } nodigt je uit om mee te doen in het dossier van { $child } in { $site }.

    Neem de uitnodiging aan met deze link:

    { $link }

    De link werkt 14 dagen en één keer.
consent-intro = Zonder jouw toestemming doet niemand van buiten de school mee, en wordt niets met hen gedeeld. Je kunt toestemming altijd intrekken; vanaf dat moment stopt de toegang.
consent-none = Er is nog geen toestemming gegeven.
consent-purpose = Waarvoor
consent-given-by = Gegeven door { $name }
consent-until = geldig tot { $date }
consent-revoked-on = Ingetrokken op { $date }
consent-revoked = ingetrokken
consent-revoke = Toestemming intrekken
confirm-cancel = Nee, terug naar het dossier
confirm-withdraw-title = Iemand uit het dossier halen?
confirm-withdraw-text = { $name } ({ $role }) kan het dossier van { $child } daarna niet meer zien en er niets meer aan toevoegen. Wat { $name } al schreef, blijft staan. Wil je dit?
confirm-withdraw-button = Ja, uit het dossier halen
confirm-revoke-title = Toestemming intrekken?
confirm-revoke-text = Je trekt de toestemming in: { $kind }. Vanaf nu kijkt niemand meer mee op grond van deze toestemming, en wie daardoor in het dossier van { $child } zat, ziet het niet meer. Wil je dit?
confirm-revoke-button = Ja, toestemming intrekken
confirm-close-title = Het dossier sluiten?
confirm-close-text = Een gesloten dossier kun je nog lezen, maar er kan niets meer bij of af. { $months } maanden na het sluiten wordt het verwijderd. Wil je het dossier sluiten?
confirm-close-button = Ja, dossier sluiten
consent-give-title = Toestemming geven
consent-what = Waarvoor geef je toestemming?
consent-subject = Wie of wat
consent-subject-hint = Bij een deskundige: het e-mailadres. Bij een document: welk document en met wie.
consent-until-label = Geldig tot (mag leeg blijven)
consent-until-hint = Bijvoorbeeld het einde van het schooljaar.
consent-give = Toestemming geven
error-consent-kind = Kies waarvoor je toestemming geeft.
error-consent-expert = Vul het e-mailadres van de deskundige in.
error-consent-subject = Deel een document vanaf de pagina van dat document.
error-consent-purpose = Schrijf kort waarvoor (hoogstens 500 tekens).
error-consent-until = Kies een datum vanaf vandaag, of laat het veld leeg.
access-title = Wie heeft het dossier bekeken
access-intro = Elke keer dat iemand dit dossier leest of iets verandert, staat hier. Zie je iets wat je niet verwacht? Vraag het de school of de beheerder.
access-caption = Lezen en wijzigen, nieuwste eerst
access-who = Wie
access-others = Anderen
access-none = Nog niemand anders heeft dit dossier bekeken.
access-repeated = { $last } ({ $count } keer sinds { $since })
access-pages = Meer regels
access-newer = Nieuwere regels
access-older = Oudere regels
access-mine = Jijzelf
access-mine-summary = Je hebt het dossier { $count } keer gelezen of veranderd. De laatste keer: { $last }.
rights-title = Wie mag wat in een dossier?
rights-intro = Alleen mensen die zijn uitgenodigd, zien een dossier. Wat ze mogen doen, hangt af van hun rol.
rights-caption = Wat elke rol mag
rights-action = Wat
rights-yes = Ja
rights-no = Nee
rights-consent = Iemand van het samenwerkingsverband, een onderwijsconsulent of een andere deskundige doet alleen mee als de ouders daar toestemming voor gaven. Trekken de ouders die in, dan stopt hun toegang.
home-files-text = De dossiers waarin je meedoet, met de stappen, afspraken en notities.
error-child-first-name = Vul de voornaam van het kind in (hoogstens 80 tekens).
error-child-last-name = Vul de achternaam van het kind in (hoogstens 80 tekens).
error-child-date-of-birth = Vul de geboortedatum in met dag, maand en jaar, bijvoorbeeld 14 3 2017. Het kind is tussen 2 en 25 jaar.
error-child-class = De groep of klas is te lang (hoogstens 40 tekens).
error-note = Schrijf een notitie van hoogstens 5000 tekens, en kies wie hem mag lezen.
error-step-illegal = Deze stap kan niet vanaf hier. Kies een van de stappen die worden genoemd.
error-step-why = Schrijf kort waarom jullie naar deze stap gaan (hoogstens 1000 tekens).
error-step-stale = Iemand anders heeft het dossier net verplaatst. Kijk naar de nieuwe stap en probeer het opnieuw.
audit-traject-created = Dossier gestart
audit-traject-viewed = Dossier bekeken
audit-traject-listed = Dossier in een lijst getoond
audit-traject-summarised = Dossier samengevat op de startpagina
audit-close-proposed = Sluiten voorgesteld
audit-close-declined = Sluiten afgewezen
audit-audit-ips-forgotten = Ip-adressen uit het logboek gewist
audit-traject-access-refused = Geen toegang tot een dossier
audit-traject-action-refused = Handeling in een dossier geweigerd
audit-participant-invited = Iemand uitgenodigd
audit-invitation-accepted = Uitnodiging aangenomen
audit-invitation-withdrawn = Uitnodiging ingetrokken
audit-step-changed = Stap veranderd
audit-checklist-changed = Checklist bijgewerkt
audit-consent-given = Toestemming gegeven
audit-consent-revoked = Toestemming ingetrokken
audit-note-added = Notitie geschreven
audit-traject-exported = Dossier gedownload of geprint
audit-traject-deleted = Dossier verwijderd na de bewaartermijn
close-title = Dossier sluiten
close-link = Dossier sluiten
close-what = Een gesloten dossier kun je nog lezen. Er kan niets meer bij of af. { $months } maanden na het sluiten wordt het verwijderd. De ouders krijgen een e-mail.
close-early = De route is nog niet klaar. Is de zorg toch opgelost? Dan kunnen jullie het dossier nu sluiten. Een ouder beslist dat.
close-early-staff = Jij stelt het sluiten voor. De ouders krijgen een e-mail en beslissen zelf: ze sluiten het dossier, of ze zeggen nee. Tot dan blijft alles zoals het is.
close-why = Waarom sluiten jullie het dossier?
close-why-hint = Schrijf kort op waarom, in hoogstens 1000 tekens. Dit komt in de tijdlijn.
close-button = Dossier sluiten
close-propose-button = Sluiten voorstellen aan de ouders
close-proposal = { $name } stelt voor om het dossier te sluiten. De reden: { $why }
close-proposal-waiting = Een ouder beslist of het dossier wordt gesloten.
close-proposal-answer = Wil je het dossier sluiten?
close-decline-button = Nee, niet sluiten
close-proposal-none = Er is geen voorstel meer om te sluiten. Misschien heeft een andere ouder al gekozen.
tl-close-proposed = Stelt voor het dossier te sluiten. Waarom: { $why }
tl-close-declined = Een ouder wil het dossier nog niet sluiten.
error-close-why = Schrijf kort waarom jullie het dossier sluiten (hoogstens 1000 tekens).
error-close-needs-parent = Voordat de route klaar is, beslist een ouder over sluiten. Stel het sluiten voor met de knop "Dossier sluiten".
mail-close-subject = School stelt voor het dossier van { $child } te sluiten
mail-close-body =
    Hallo,

    { $name } stelt voor om het dossier van { $child } in { $site } te sluiten.

    De reden: { $why }

    Jij beslist. Sluit het dossier, of zeg nee: { $link }

    Tot je kiest, blijft alles zoals het is.
file-route = De route in zes stappen
file-route-done = gedaan
file-route-current = hier zijn jullie nu
date-day = Dag
date-month = Maand
date-year = Jaar
error-invite-email-empty = Vul het e-mailadres in van wie je wilt uitnodigen.
done-uitgenodigd = De uitnodiging is verstuurd.
done-notitie = Je notitie is bewaard.
done-stap = Het dossier is naar de nieuwe stap gegaan. De ouders krijgen een e-mail.
done-toestemming = Je toestemming is bewaard.
done-ingetrokken = Je toestemming is ingetrokken.
done-uitgeschreven = Deze persoon doet niet meer mee in het dossier.
done-voorstel = Je voorstel om te sluiten is verstuurd. De ouders beslissen.
done-nee = Het dossier blijft open.
done-gesloten = Het dossier is gesloten.
