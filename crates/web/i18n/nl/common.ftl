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
form-error-summary = Er klopt nog iets niet
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
nav-menu = Menu
form-counter-left = Nog # tekens
form-counter-over = # tekens te veel
