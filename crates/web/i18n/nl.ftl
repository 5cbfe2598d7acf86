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
