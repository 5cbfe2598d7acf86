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
start-tasks = Voor jou om te doen
start-nothing-open = Er staat nu niets open voor jou.
start-task-close = School stelt voor het dossier te sluiten. Jij beslist.
start-task-check = Afvinken als het klopt: { $item }
start-next-gesprek = Volgende gesprek:
start-changes-since = Nieuw sinds je vorige bezoek ({ $when })
start-changes-latest = Het laatste nieuws in het dossier
start-no-changes = Niets nieuws sinds je vorige bezoek.
start-unread =
    { $n ->
        [one] Je hebt 1 nieuwe melding.
       *[other] Je hebt { $n } nieuwe meldingen.
    }
start-search = Zoek een leerling op naam
start-search-button = Zoeken
start-search-clear = Alle leerlingen tonen
start-search-found =
    { $n ->
        [0] Geen leerling gevonden.
        [one] 1 leerling gevonden.
       *[other] { $n } leerlingen gevonden.
    }
start-all-files = Alle { $n } dossiers bekijken
