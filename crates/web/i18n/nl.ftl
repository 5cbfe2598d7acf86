# Samenspoor: Nederlands. Schrijf voor ouders: kort, warm, "je". Zie CONTENT.md.

## Kop en voet
nav-skip = Ga direct naar de inhoud
nav-label = Hoofdmenu
nav-home = Mijn start
nav-admin = Beheer
nav-sign-in = Inloggen
nav-sign-out = Uitloggen
nav-other-language = English
demo-banner = Dit is een demo. Alle namen en gegevens zijn verzonnen.
footer-privacy = Samenspoor bewaart je gegevens alleen op deze server. Niemand anders kijkt mee.

## Voorpagina
front-title = Samen op één spoor voor je kind
front-lead = Heeft je kind extra steun nodig op school? Hier vind je je weg. Je bereidt gesprekken voor en je volgt samen met school de route van je kind.
front-part-file-title = Eén dossier voor jou en school
front-part-file-text = Jij en school zien dezelfde afspraken, stappen en documenten. Jij ziet ook wie het dossier heeft bekeken.
front-part-talk-title = Goed voorbereid het gesprek in
front-part-talk-text = Je zet je eigen punten op de agenda. Na het gesprek staan de afspraken op papier.
front-part-help-title = Weten waar je terecht kunt
front-part-help-text = Loopt het vast? Dan zie je welke hulp er is, en in welke volgorde.
front-sign-in = Inloggen
front-privacy = Je logt in met een link in je e-mail. Je hoeft geen wachtwoord te onthouden.

## Formulieren
form-error-summary = Er ging iets mis
field-email = E-mailadres
field-email-hint = Bijvoorbeeld naam@voorbeeld.nl
field-password = Wachtwoord
field-totp = Code uit je app
field-totp-hint = De 6 cijfers uit je app voor inlogcodes.
field-name = Naam
field-role = Rol
field-organisation = Organisatie
field-kind = Soort
field-swv = Samenwerkingsverband

## Inloggen
sign-in-title = Inloggen
sign-in-link-heading = Inloggen met een link
sign-in-link-intro = Vul je e-mailadres in. Je krijgt een mail met een link. Met die link log je in.
sign-in-link-button = Stuur mij een link
sign-in-password-heading = Inloggen met wachtwoord en code
sign-in-password-intro = Werk je bij een school of organisatie, en heb je een wachtwoord ingesteld? Dan kun je ook zo inloggen.
sign-in-password-button = Inloggen met wachtwoord
sign-in-password-wrong = Het e-mailadres, het wachtwoord of de code klopt niet. Probeer het opnieuw.
sign-in-demo-heading = Demo: inloggen met één klik
sign-in-demo-intro = Dit kan alleen in de demo. Kies een verzonnen persoon en kijk rond.
sign-in-demo-as = Inloggen als { $name }
sign-in-sent-title = Kijk in je mail
sign-in-sent-text = Heeft { $email } een account? Dan hebben we een link gestuurd. De link werkt 15 minuten en één keer.
sign-in-sent-hint = Geen mail gekregen? Kijk ook bij je ongewenste mail. Of vraag een nieuwe link aan.
sign-in-sent-again = Nieuwe link aanvragen
sign-in-confirm-title = Inloggen bij Samenspoor
sign-in-confirm-text = Klik op de knop om in te loggen.
sign-in-confirm-button = Ja, log mij in
sign-in-link-problem-title = Deze link werkt niet meer
sign-in-link-expired = Deze link is verlopen. Een link werkt 15 minuten. Vraag een nieuwe link aan.
sign-in-link-used = Deze link is al gebruikt. Een link werkt maar één keer. Vraag een nieuwe link aan.
sign-in-link-unknown = Deze link kennen we niet. Misschien is hij niet helemaal gekopieerd. Vraag een nieuwe link aan.
sign-in-link-new = Nieuwe link aanvragen
mail-link-subject = Je link om in te loggen bij { $site }
mail-link-body =
    Hallo { $name },

    Met deze link log je in bij { $site }:

    { $link }

    De link werkt 15 minuten en maar één keer.
    Heb je niet om deze link gevraagd? Dan hoef je niets te doen.

## Startpagina
home-title = Mijn start
home-welcome = Welkom, { $name }
home-your-role = Je rol
home-your-organisation = Je organisatie
home-account-heading = Je account
home-activity-text = Zie wanneer er is ingelogd met jouw account, en vanaf welk adres.
home-security-text = Stel een wachtwoord en een code-app in. Dan kun je ook zonder mail inloggen.
home-security-set = Je hebt een wachtwoord en een code-app ingesteld. Je kunt ze hier vervangen.
home-admin-text = Maak accounts aan voor ouders en medewerkers, en leg scholen en samenwerkingsverbanden vast.
home-intro-parent = Hier volg je samen met school de route van je kind. Jij ziet wat school ziet.
home-intro-teacher = Hier bereid je gesprekken met ouders voor en leg je afspraken vast.
home-intro-coordinator = Hier begeleid je de ondersteuningsroutes op school, samen met ouders.
home-intro-director = Hier zie je de ondersteuningsroutes van je school en de beslissingen over zorgplicht.
home-intro-swv-consultant = Hier denk je mee in routes waarvoor ouders toestemming hebben gegeven.
home-intro-education-consultant = Hier help je als onderwijsconsulent als school, samenwerkingsverband en ouders vastlopen.
home-intro-companion = Een ouder heeft je gevraagd mee te gaan naar een gesprek. Hier bereid je je samen voor.
home-intro-editor = Hier schrijf en controleer je de teksten voor ouders.
home-intro-admin = Hier beheer je de accounts, scholen en instellingen van deze omgeving.
home-intro-council-member = Hier zie je cijfers zonder namen over hoe de afspraken met ouders worden nagekomen.

## Activiteit
activity-title = Wat er met je account gebeurde
activity-intro = Hier zie je alles wat er met jouw account is gedaan. Herken je iets niet? Neem dan contact op met de beheerder.
activity-empty = Er is nog niets gebeurd met je account.
activity-caption = De laatste 100 gebeurtenissen, nieuwste eerst
activity-when = Wanneer
activity-what = Wat
activity-where = Vanaf adres

## Beveiliging
security-title = Wachtwoord en code-app
security-intro = Stel een wachtwoord in, samen met een app die inlogcodes maakt. Je kunt daarna ook inloggen zonder mail.
security-saved = Opgeslagen. Je kunt nu inloggen met je wachtwoord en een code.
security-new-password = Nieuw wachtwoord
security-password-hint = Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.
security-repeat-password = Herhaal het wachtwoord
security-totp-heading = Code-app koppelen
security-totp-step1 = Open een app voor inlogcodes op je telefoon.
security-totp-step2 = Voeg een account toe en typ deze sleutel over:
security-totp-step3 = Vul hieronder de code in die de app nu laat zien.
security-totp-link = Staat de app op dit apparaat?
security-totp-open = Open de app met deze link.
security-save = Opslaan
security-current-heading = Eerst: wie ben je?
security-current-intro = Je hebt al een wachtwoord. Vul je huidige wachtwoord in en een code uit je huidige app. Na het opslaan word je overal anders uitgelogd.
security-current-password = Huidig wachtwoord
security-current-code = Code uit je huidige app
security-new-heading = Je nieuwe wachtwoord en app
error-current-credentials = Je huidige wachtwoord of de code uit je huidige app klopt niet.
error-totp-used = Deze code is al gebruikt. Wacht op de volgende code in je app.

## Beheer
admin-title = Beheer
admin-users = Accounts
admin-new-user = Nieuw account
admin-create-user = Account aanmaken
admin-organisations = Scholen en organisaties
admin-new-organisation = Nieuwe school of organisatie
admin-create-organisation = Organisatie toevoegen
admin-no-organisation = Geen
admin-demo-account = demo
admin-swv-hint = Alleen voor een school: bij welk samenwerkingsverband hoort die?

## Rollen
role-parent = Ouder of verzorger
role-teacher = Leerkracht of mentor
role-coordinator = Intern begeleider of ondersteuningscoördinator
role-director = Directeur
role-swv-consultant = Consulent van het samenwerkingsverband
role-education-consultant = Onderwijsconsulent
role-companion = Meegenomen persoon
role-editor = Redacteur
role-admin = Beheerder
role-council-member = Lid van de ondersteuningsplanraad (OPR)

organisation-kind-swv = Samenwerkingsverband
organisation-kind-school = School
organisation-kind-support-organisation = Organisatie voor ouderondersteuning

## Auditlog
audit-login-link-requested = Inloglink aangevraagd
audit-signed-in-with-link = Ingelogd met een link
audit-signed-in-with-password = Ingelogd met wachtwoord en code
audit-signed-in-as-demo = Ingelogd in de demo
audit-sign-in-refused = Inloggen geweigerd: wachtwoord of code klopte niet
audit-signed-out = Uitgelogd
audit-security-set = Wachtwoord en code-app ingesteld
audit-user-created = Account aangemaakt
audit-organisation-created = Organisatie toegevoegd

## Invoerfouten
error-email-empty = Vul je e-mailadres in.
error-email-invalid = Dit e-mailadres klopt niet. Kijk of er een @ en een punt in staan, zoals naam@voorbeeld.nl.
error-email-taken = Er is al een account met dit e-mailadres.
error-name-empty = Vul een naam in.
error-name-too-long = Deze naam is te lang. Gebruik hoogstens 100 tekens.
error-name-invalid = Deze naam bevat tekens die niet kunnen.
error-role-invalid = Kies een rol uit de lijst.
error-organisation-kind-invalid = Kies een soort organisatie uit de lijst.
error-organisation-name-empty = Vul de naam van de organisatie in.
error-organisation-name-invalid = Deze naam is te lang of bevat tekens die niet kunnen.
error-organisation-unknown = Deze organisatie bestaat niet (meer). Kies er een uit de lijst.
error-password-too-short = Het wachtwoord is te kort. Gebruik minstens 12 tekens.
error-password-too-long = Het wachtwoord is te lang. Gebruik hoogstens 128 tekens.
error-password-mismatch = De twee wachtwoorden zijn niet hetzelfde.
error-totp-wrong = De code klopt niet. Kijk of de tijd op je telefoon goed staat, en vul de nieuwste code in.

## Foutpagina's
error-code = Foutcode { $status }
error-back-home = Naar de voorpagina
error-400-title = Dit verzoek klopt niet
error-400-text = We konden niet lezen wat er werd verstuurd. Ga terug en probeer het opnieuw.
error-401-title = Log eerst in
error-401-text = Je moet ingelogd zijn om dit te zien.
error-403-title = Dit mag je niet bekijken
error-403-text = Je account heeft geen toegang tot deze pagina. Denk je dat dit niet klopt? Vraag het de beheerder.
error-404-title = Deze pagina bestaat niet
error-404-text = Misschien is de link oud of niet helemaal goed gekopieerd.
error-409-title = Dit kan niet (meer)
error-409-text = Er is intussen iets veranderd. Laad de pagina opnieuw en kijk of het nog nodig is.
error-file-closed = Dit dossier is gesloten. Je kunt het nog lezen, maar er kan niets meer bij of af.
error-405-title = Dit kan zo niet
error-405-text = Deze pagina kan dit verzoek niet aan. Ga terug en gebruik de knoppen op de pagina.
error-413-title = Dit is te groot
error-413-text = Wat je verstuurde is te groot. Maak het kleiner en probeer het opnieuw.
error-422-title = Er klopt iets niet
error-422-text = Een van de velden klopt niet. Kijk het na en probeer het opnieuw.
error-429-title = Even wachten
error-429-text = Er is te vaak geprobeerd in te loggen. Wacht 15 minuten en probeer het dan opnieuw.
error-500-title = Er ging iets mis bij ons
error-500-text = Dit ligt niet aan jou. Er is niets opgeslagen. Probeer het later opnieuw.
error-503-title = Samenspoor is even niet bereikbaar
error-503-text = We kunnen nu niet bij de gegevens. Er is niets opgeslagen. Probeer het over een paar minuten opnieuw.
error-csrf-title = Dit formulier is verlopen
error-csrf-text = Voor je veiligheid werkt een formulier maar een tijd. Ga terug, laad de pagina opnieuw en probeer het nog eens.

## Navigatie (vervolg)
nav-kennisbank = Kennisbank
nav-hulpwijzer = Waar kan ik terecht?
nav-redactie = Redactie
breadcrumb-label = Kruimelpad
front-hulpwijzer = Loopt het vast? Bekijk waar je terecht kunt.
front-questions = Vragen die ouders vaak stellen:
front-together = Samen met school, in één dossier

## Kennisbank
kb-title = Kennisbank
kb-intro = Antwoorden op vragen over extra steun op school. Kies een onderwerp of zoek op een woord.
kb-search-label = Zoek in de kennisbank
kb-search-button = Zoeken
kb-all-questions = Alle { $count } vragen
kb-related = Lees ook
kb-share = Deel deze informatie
kb-share-link = Link naar dit artikel
kb-share-email = Stuur per e-mail
kb-share-whatsapp = Deel via WhatsApp
kb-print = Printversie
kb-feedback-heading = Goed artikel?
kb-feedback-question = Had je iets aan dit artikel?
kb-feedback-yes = Ja
kb-feedback-no = Nee
kb-feedback-comment = Wil je nog iets zeggen? (mag leeg blijven)
kb-feedback-hint = Hoogstens 1000 tekens. Schrijf geen namen of andere persoonlijke gegevens. We bewaren niet wie je bent.
kb-feedback-send = Verstuur
kb-feedback-thanks = Dank je wel. Met jouw antwoord maken we de teksten beter.
feedback-choose = Kies ja of nee.
feedback-too-long = Je opmerking is te lang. Gebruik hoogstens 1000 tekens.
kb-search-title = Zoeken
kb-search-none = Niets gevonden voor "{ $query }"
kb-search-none-help = Probeer een ander woord. Of kijk waar je terecht kunt met je vraag:
kb-search-hulpwijzer = Waar kan ik terecht?
kb-most-read = Veel gelezen
kb-search-count = { $count ->
    [one] 1 artikel gevonden
   *[other] { $count } artikelen gevonden
}
kb-glossary-title = Begrippenlijst
kb-glossary-intro = Wat betekenen de woorden die school en het samenwerkingsverband gebruiken?
kb-glossary-more = Lees meer
kb-b1-heading = Leesbaarheid (voor de redactie)
kb-b1-ok = Deze tekst haalt taalniveau B1.
kb-b1-not-ok = Deze tekst haalt taalniveau B1 nog niet. Maak zinnen korter en kies gewone woorden.
kb-b1-score = Flesch-Douma: { $score } (60 of hoger)
kb-b1-average = Gemiddelde zinslengte: { $average } woorden (15 of minder)
kb-b1-longest = Langste zin: { $longest } woorden (25 of minder)
kb-b1-long-words = Lange woorden (4 of meer lettergrepen): { $percent }%
kb-edit = Bewerk dit artikel

## Hulpwijzer
hw-title = Waar kan ik terecht?
hw-intro = Hier zie je wie je kan helpen, in de volgorde die meestal het beste werkt. Begin dichtbij: bij school. Kom je er samen niet uit? Dan is er hulp van buiten.
hw-level-1 = Eerst: de school van je kind
hw-level-2 = Dan: het samenwerkingsverband
hw-level-3 = Informatie en advies, onafhankelijk
hw-level-4 = Hulp van iemand die bemiddelt of meedenkt
hw-level-5 = Formele stappen
hw-no-direct-contact = Je kunt deze organisatie niet zelf benaderen. Hieronder staat wie je kan doorverwijzen.
hw-what = Wat doen zij?
hw-when = Wanneer ga je erheen?
hw-when-not = Wanneer niet?
hw-cost = Wat kost het?
hw-bring = Wat neem je mee?
hw-how = Hoe kom je in contact?
hw-website = Website
hw-phone = Telefoon
hw-area = Voor wie
hw-read-more = Lees meer in de kennisbank

## Redactie
redactie-title = Redactie
redactie-intro = Alle artikelen van de kennisbank, met de stand van elke taalversie, de leesbaarheid en wat lezers ervan vinden.
redactie-feedback-link = Alle reacties van lezers
redactie-caption = Artikelen per onderwerp
redactie-question = Vraag
redactie-tile = Onderwerp
redactie-versions = Versies
redactie-feedback = Goed artikel?
redactie-b1-low = onder B1
redactie-yes-count = { $count } ja
redactie-no-count = { $count } nee
redactie-feedback-title = Reacties van lezers
redactie-feedback-intro = Lezers geven anoniem antwoord op "Goed artikel?". Nieuwste eerst.
redactie-feedback-empty = Er zijn nog geen reacties.
redactie-feedback-caption = Reacties, nieuwste eerst
redactie-answer = Antwoord
redactie-comment = Opmerking
redactie-edit-title = Bewerken
redactie-newest = Nieuwste versie: { $number }, status:
redactie-view-published = Bekijk de gepubliceerde versie
redactie-to-review = Ter review aanbieden
redactie-publish = Publiceren
redactie-back-to-concept = Terug naar concept
redactie-comments = Opmerkingen van de review
redactie-no-comments = Nog geen opmerkingen.
redactie-resolved = opgelost
redactie-resolve = Markeer als opgelost
redactie-quote = Over welke passage gaat het?
redactie-quote-hint = Kopieer de zin of zinsdeel precies uit de tekst.
redactie-add-comment = Opmerking plaatsen
redactie-new-version = Nieuwe versie schrijven
redactie-field-title = Vraag (titel)
redactie-field-summary = Kort antwoord
redactie-field-body = Tekst (Markdown)
redactie-body-hint = Links: [tekst](artikel:id), [woord](begrip:id), [naam](organisatie:id), [hulpwijzer](hulpwijzer:).
redactie-field-related = Lees ook (ids)
redactie-related-hint = Ids van andere artikelen, gescheiden door komma's.
redactie-save = Opslaan als concept
redactie-history = Alle versies
redactie-version = Versie
redactie-status = Status
redactie-compare = Versies vergelijken
redactie-compare-with = Vergelijk met { $number }
redactie-compare-caption = Versie { $old } (links) naast versie { $new } (rechts)
redactie-version-n = Versie { $number }
redactie-compare-legend = Gewijzigde, verwijderde en nieuwe regels zijn gemarkeerd.
redactie-publish-refused = Dit artikel kan nog niet gepubliceerd worden. Deze links of verwijzingen kloppen niet:
redactie-status-not-allowed = Deze stap kan nu niet. Een concept gaat eerst naar review, en pas daarna naar publicatie.
redactie-comment-quote = Kies een passage die precies zo in de tekst staat.
redactie-comment-body = Schrijf een opmerking van hoogstens 2000 tekens.
status-concept = concept
status-in-review = in review
status-published = gepubliceerd
status-superseded = vervangen
error-article-title = Geef een titel van hoogstens 200 tekens.
error-article-summary = Geef een kort antwoord van hoogstens 500 tekens.
error-article-body = De tekst is leeg of te lang.
error-article-related = Bij "Lees ook" horen alleen ids: kleine letters, cijfers en streepjes.
audit-content-imported = Kennisbank geïmporteerd
audit-article-version-saved = Nieuwe versie van een artikel opgeslagen
audit-article-status-changed = Status van een artikel gewijzigd
audit-review-comment-added = Opmerking geplaatst
audit-review-comment-resolved = Opmerking opgelost

## Hulpwijzer: vragen en antwoorden
hw-q-stappen = Met wie heb je al gepraat?
hw-q-stappen-hint = Kies alles wat klopt. Nog met niemand? Kies dan niets.
hw-a-stappen-leerkracht = Met de leerkracht of mentor
hw-a-stappen-school = Met de intern begeleider, de ondersteuningscoördinator of de directeur
hw-a-stappen-swv = Met het samenwerkingsverband
hw-q-conflict = Is er onenigheid of ruzie?
hw-q-conflict-hint = Onenigheid is als jullie er samen niet meer uitkomen.
hw-a-conflict-nee = Nee
hw-a-conflict-school = Ja, met school
hw-a-conflict-swv = Ja, met het samenwerkingsverband
hw-q-oneens = Ben je het oneens met een advies of besluit?
hw-q-oneens-hint = Kies waar het over gaat.
hw-a-oneens-nee = Nee
hw-a-oneens-toelating = Ja, over toelating tot of verwijdering van school
hw-a-oneens-opp = Ja, over het OPP (ontwikkelingsperspectiefplan)
hw-a-oneens-tlv = Ja, over een TLV (toelaatbaarheidsverklaring)
hw-a-oneens-ondersteuning = Ja, over de steun die mijn kind krijgt
hw-q-thuis = Zit je kind thuis, of dreigt dat?
hw-q-thuis-hint = Thuiszitten: je kind staat ingeschreven, maar gaat niet naar school.
hw-a-thuis-nee = Nee, mijn kind gaat naar school
hw-a-thuis-dreigt = Het dreigt
hw-a-thuis-korter = Ja, korter dan 4 weken
hw-a-thuis-langer = Ja, langer dan 4 weken
hw-q-ziekte = Is je kind langdurig ziek?
hw-q-ziekte-hint = Bijvoorbeeld een chronische ziekte waardoor je kind vaak mist.
hw-a-ziekte-ja = Ja
hw-a-ziekte-nee = Nee
hw-q-beperking = Heeft je kind een ernstige beperking of stoornis?
hw-q-beperking-hint = Bijvoorbeeld een ernstige lichamelijke of verstandelijke beperking.
hw-a-beperking-ja = Ja
hw-a-beperking-nee = Nee
hw-q-betalen = Is het onduidelijk wie de zorg op school betaalt?
hw-q-betalen-hint = Bijvoorbeeld hulp bij verzorging of een begeleider in de klas.
hw-a-betalen-ja = Ja
hw-a-betalen-nee = Nee
hw-q-rechten = Gaat je vraag over rechten en plichten?
hw-q-rechten-hint = Van jou, van je kind of van school.
hw-a-rechten-ja = Ja
hw-a-rechten-nee = Nee
hw-q-bejegening = Gaat je vraag over hoe jij of je kind behandeld werd?
hw-q-bejegening-hint = Bijvoorbeeld als je je niet serieus genomen voelt.
hw-a-bejegening-ja = Ja
hw-a-bejegening-nee = Nee
hw-q-kinderrechten = Gaat je vraag over kinderrechten?
hw-q-kinderrechten-hint = Zoals het recht van elk kind op onderwijs dat bij hem of haar past.
hw-a-kinderrechten-ja = Ja
hw-a-kinderrechten-nee = Nee
hw-q-informatie = Wil je vooral onafhankelijke informatie?
hw-q-informatie-hint = Informatie van mensen die niet bij school of het samenwerkingsverband horen.
hw-a-informatie-ja = Ja
hw-a-informatie-nee = Nee
hw-start = Beantwoord de vragen
hw-start-hint = 11 korte vragen. We bewaren je antwoorden niet; ze staan alleen in de link.
hw-back = Terug
hw-progress = Vraag { $step } van { $total }
hw-next = Volgende vraag
hw-show-advice = Laat zien waar ik terecht kan
hw-privacy = We bewaren je antwoorden niet. Ze staan alleen in de link van deze pagina.
hw-advice-title = Hier kun je terecht
hw-advice-intro = In deze volgorde werkt het meestal het beste. Begin bovenaan. Bij elke plek staat waarom die bij jouw antwoorden past.
hw-your-answers = Je antwoorden
hw-no-answer = Niets gekozen
hw-change = Wijzig
hw-share = Bewaar of deel dit advies
hw-share-link = Link naar dit advies
hw-again = Opnieuw beginnen
hw-verified-on = Deze gegevens zijn gecontroleerd op { $date }.
hw-not-verified = Deze gegevens zijn hier nog niet gecontroleerd. Kijk voor de zekerheid ook op hun eigen website.
hw-not-verified-short = nog niet
hw-rules-title = Regels van de hulpwijzer
hw-rules-intro = Welke hulp de hulpwijzer aanraadt bij welke antwoorden. Elke versie wordt bewaard.
hw-rules-check = Controle van alle antwoorden
hw-rules-combinations = Er zijn { $count } mogelijke combinaties van antwoorden.
hw-rules-table-link = Bekijk de hele tabel
hw-rules-none-empty = Elke combinatie van antwoorden krijgt minstens één advies.
hw-rules-empty = Let op: { $count } combinaties krijgen geen enkel advies. De eerste staan hieronder.
hw-rules-counts = Hoe vaak elke organisatie wordt aangeraden
hw-rules-count = Aantal combinaties
hw-rules-edit = Regels aanpassen
hw-rules-file = Regels (TOML)
hw-rules-hint = Elke [[rule]] noemt een organisatie, de antwoorden waarbij ze past (when) en de reden in het Nederlands en Engels.
hw-rules-save = Nieuwe versie opslaan
hw-rules-table-title = Alle antwoorden en hun advies
hw-rules-table-caption = Per combinatie van antwoorden: wat de hulpwijzer aanraadt
hw-rules-recommends = Aangeraden
hw-rules-nothing = GEEN ADVIES
hw-rules-page = Pagina { $page }
hw-rules-pages = Pagina's
hw-rules-previous = Vorige pagina
hw-rules-next = Volgende pagina
admin-directory-title = Hulpwijzer: organisaties
admin-directory-intro = De organisaties die de hulpwijzer toont. Controleer de gegevens af en toe, en leg je eigen samenwerkingsverband en scholen vast met een import.
admin-directory-imported = { $count } organisaties geïmporteerd.
admin-directory-export = Download als HSDS JSON
admin-directory-caption = Organisaties in volgorde van escalatie
admin-directory-level = Niveau
admin-directory-verified = Gecontroleerd op
admin-directory-action = Actie
admin-directory-mark = Vandaag gecontroleerd
admin-directory-import = Importeren (Open Referral HSDS JSON)
admin-directory-refused = Het bestand is geweigerd. Er is niets veranderd.
admin-directory-json = Plak hier de JSON
admin-directory-json-hint = Een lijst met organisaties. Een organisatie met een id die al bestaat, wordt vervangen.
admin-directory-import-button = Importeren
audit-directory-imported = Organisaties van de hulpwijzer geïmporteerd
audit-directory-entry-verified = Organisatie gecontroleerd
audit-rules-saved = Regels van de hulpwijzer opgeslagen

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
check-inform-sop-read = We weten welke steun de school kan bieden (het SOP).
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
child-date-of-birth-hint = Bijvoorbeeld 2017-03-14 (jaar-maand-dag).
child-class = Groep of klas
child-school = School
file-title = Dossier van
file-nav = Onderdelen van het dossier
file-nav-overview = Overzicht
file-nav-participants = Deelnemers
file-nav-consent = Toestemming
file-nav-access = Wie heeft het dossier bekeken
file-nav-print = Printversie
file-nav-export = Download (JSON)
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
invite-sent = De uitnodiging is verstuurd.
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
consent-give-title = Toestemming geven
consent-what = Waarvoor geef je toestemming?
consent-subject = Wie of wat
consent-subject-hint = Bij een deskundige: het e-mailadres. Bij een document: welk document en met wie.
consent-until-label = Geldig tot (mag leeg blijven)
consent-until-hint = Bijvoorbeeld het einde van het schooljaar.
consent-give = Toestemming geven
error-consent-kind = Kies waarvoor je toestemming geeft.
error-consent-expert = Vul het e-mailadres van de deskundige in.
error-consent-subject = Schrijf op welk document en met wie.
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
error-child-date-of-birth = Vul een geboortedatum in zoals 2017-03-14. Het kind is tussen 2 en 25 jaar.
error-child-class = De groep of klas is te lang (hoogstens 40 tekens).
error-note = Schrijf een notitie van hoogstens 5000 tekens, en kies wie hem mag lezen.
error-step-illegal = Deze stap kan niet vanaf hier. Kies een van de stappen die worden genoemd.
error-step-why = Schrijf kort waarom jullie naar deze stap gaan (hoogstens 1000 tekens).
error-step-stale = Iemand anders heeft het dossier net verplaatst. Kijk naar de nieuwe stap en probeer het opnieuw.
audit-traject-created = Dossier gestart
audit-traject-viewed = Dossier bekeken
audit-traject-listed = Dossier in een lijst getoond
audit-audit-ips-forgotten = Ip-adressen uit het logboek gewist
audit-traject-access-refused = Geen toegang tot een dossier
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
