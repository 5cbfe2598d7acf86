## The parents' clock: deadlines, dates, signals, letters

file-nav-clock = Klok
action-enter-date = Datums invullen voor de klok
audit-date-entered = Datum ingevuld
audit-letter-saved = Brief voor ouders aangepast
audit-date-removed = Datum weggehaald
tl-date = Datum ingevuld voor de klok.

clock-title = De klok: wat moet wanneer?
clock-intro = Hier zie je welke termijnen er lopen voor je kind. Ze volgen uit de datums die jullie invullen, uit het OPP en uit de afspraken in gesprekken. Vul zelf de datums in die je weet.
clock-empty = Er lopen nog geen termijnen. Vul hieronder een datum in, bijvoorbeeld de dag dat je je kind schriftelijk aanmeldde.
clock-read = Lees meer
clock-letter = Brief maken
clock-signals = Vraagt nu aandacht
clock-see-all = Bekijk de hele klok
clock-see-child = Bekijk de klok van { $child }
clock-state-overdue = Termijn voorbij
clock-state-soon = Binnenkort
clock-state-later = Later
clock-state-done = Afgerond

clock-dates = Datums die jullie weten
clock-dates-intro = De klok rekent vanaf deze datums. Ouders en school mogen ze invullen.
clock-dates-empty = Er zijn nog geen datums ingevuld.
clock-date-kind = Welke datum?
clock-date-day = Op welke dag?
clock-date-add = Datum toevoegen
clock-date-remove = Weghalen
clock-date-registration = Schriftelijke aanmelding bij school
clock-date-extension = School neemt extra tijd voor het besluit
clock-date-enrolment = Inschrijving op school
clock-date-tlv-decision = Besluit over een TLV ontvangen
clock-date-admission-decision = Besluit over toelating ontvangen
clock-date-removal-decision = Besluit over verwijdering ontvangen
clock-date-opp-decision = Besluit over het OPP ontvangen
clock-date-first-day-at-home = Eerste dag thuis, zonder school
clock-date-back-at-school = Weer naar school of een andere plek

clock-zorgplicht-decision = School beslist uiterlijk op { $due } over de aanmelding.
clock-zorgplicht-decision-source = Zorgplicht (Wet passend onderwijs): school beslist binnen { $weeks } weken na de schriftelijke aanmelding van { $from }. School mag dit 1 keer met { $extra } weken verlengen.
clock-zorgplicht-decision-now = Nog geen besluit? Vraag school schriftelijk wanneer het besluit komt.
clock-temporary-place = Is er op { $due } nog geen besluit, dan heeft je kind recht op een tijdelijke plek op de school.
clock-temporary-place-source = Zorgplicht (Wet passend onderwijs): na { $total } weken zonder besluit mag je kind tijdelijk op de school terecht.
clock-temporary-place-now = Vraag school om een tijdelijke plek, en vraag het samenwerkingsverband om hulp.
clock-opp-due = Het OPP moet er uiterlijk { $due } zijn.
clock-opp-due-source = Wet op het primair onderwijs: school stelt het OPP vast binnen { $opp } weken na de inschrijving van { $from }, na overleg met de ouders.
clock-opp-due-now = Is er nog geen OPP? Vraag school wanneer jullie het samen bespreken.
clock-opp-evaluation = De volgende evaluatie van het OPP met jullie is uiterlijk { $due }.
clock-opp-evaluation-source = School evalueert het OPP minstens 1 keer per schooljaar met de ouders.
clock-opp-evaluation-now = Nog geen afspraak? Vraag school om een evaluatiegesprek.
clock-tlv-objection = Bezwaar maken tegen het TLV-besluit kan tot en met { $due }.
clock-tlv-objection-source = Je hebt { $objection } weken na het besluit van { $from } om bezwaar te maken bij het samenwerkingsverband.
clock-tlv-objection-now = Niet eens met het besluit? Schrijf een bezwaar, of vraag eerst advies.
clock-geschillencommissie = Naar de Geschillencommissie passend onderwijs kan tot en met { $due }.
clock-geschillencommissie-source = Bij een besluit over toelating, verwijdering of het OPP heb je { $objection } weken na het besluit van { $from } om de Geschillencommissie passend onderwijs te vragen om een oordeel.
clock-geschillencommissie-now = Niet eens met het besluit? Vraag advies, en schrijf op tijd.
clock-thuiszitten = Sinds { $from } zit je kind thuis. Op { $due } is dat { $home } weken.
clock-thuiszitten-source = Zit een kind langer dan { $home } weken thuis zonder school? Dan is het een thuiszitter. Een onderwijsconsulent kan helpen, gratis en onafhankelijk.
clock-thuiszitten-now = Vraag een onderwijsconsulent om hulp.
clock-commitment = Afspraak uit een gesprek: { $what }. Klaar op { $due }.
clock-commitment-source = Afgesproken in het gesprek van { $from }.
clock-commitment-now = Is het niet gelukt? Bespreek het in het volgende gesprek.

letter-intro = Deze brief is ingevuld met de gegevens uit het dossier. Pas de tekst aan waar je wilt. Kopieer hem daarna in je eigen e-mail, of print hem.
letter-text = De brief
letter-your-school = de school
letter-zorgplicht-title = Brief: vraag om het besluit over de aanmelding
letter-zorgplicht-body = Aan { $school },

    Op { $from } heb ik mijn kind { $child } (geboren op { $born }) schriftelijk aangemeld bij uw school.

    De school beslist binnen 6 weken over de aanmelding. Die termijn loopt af op { $due }. Ik heb nog geen besluit ontvangen.

    Wilt u mij laten weten wanneer ik het besluit krijg? Ik ontvang het graag op papier of per e-mail.

    Met vriendelijke groet,
    { $parent }
    { $today }
letter-opp-evaluatie-title = Brief: vraag om een evaluatie van het OPP
letter-opp-evaluatie-body = Aan { $school },

    Mijn kind { $child } ({ $class }) heeft een ontwikkelingsperspectiefplan (OPP). De school evalueert het OPP minstens 1 keer per schooljaar met ons. Volgens onze gegevens is de volgende evaluatie uiterlijk { $due }.

    Ik wil graag een afspraak maken voor dit gesprek. Kunt u mij een paar momenten voorstellen?

    Met vriendelijke groet,
    { $parent }
    { $today }
letter-bezwaar-title = Brief: bezwaar tegen een besluit
letter-bezwaar-body = Aan { $school },

    Op { $from } ontving ik uw besluit over mijn kind { $child } (geboren op { $born }).

    Ik ben het niet eens met dit besluit. Mijn redenen schrijf ik hieronder.

    Ik vraag u het besluit opnieuw te bekijken. Ik stuur deze brief binnen de termijn, die loopt tot en met { $due }.

    Met vriendelijke groet,
    { $parent }
    { $today }
letter-onderwijsconsulent-title = Brief: vraag om hulp van een onderwijsconsulent
letter-onderwijsconsulent-body = Beste onderwijsconsulent,

    Mijn kind { $child } (geboren op { $born }) zit sinds { $from } thuis, zonder school. Wij komen er samen met { $school } niet uit.

    Ik vraag u om mee te denken en te helpen, zodat mijn kind weer naar school kan.

    U kunt mij bereiken via dit e-mailadres.

    Met vriendelijke groet,
    { $parent }
    { $today }

error-clock-kind = Kies welke datum het is.
error-clock-day = Kies een dag die al geweest is (vanaf het jaar 2000).

## Notifications

inbox-title = Meldingen
inbox-intro =
    { $count ->
        [0] Je hebt alles gezien.
        [one] Er is 1 melding die je nog niet hebt gezien.
       *[other] Er zijn { $count } meldingen die je nog niet hebt gezien.
    }
inbox-empty = Er zijn nog geen meldingen. Als er een termijn voor je kind dichtbij komt, zie je dat hier.
inbox-seen = Gezien
inbox-seen-on = Gezien op { $date }
inbox-delivery = E-mail over meldingen
inbox-delivery-question = Wanneer wil je een e-mail krijgen?
inbox-at-once = Meteen als er iets nieuws is
inbox-daily = 1 keer per dag, om 7 uur 's ochtends
inbox-delivery-save = Opslaan
home-inbox-text = Termijnen die dichtbij komen of voorbij zijn. Je krijgt een herinnering tot je op Gezien klikt.
mail-news-subject = Er is nieuws voor je in { $site }
mail-news-body = Hallo,

    Er is nieuws voor je in { $site }: { $count ->
        [one] 1 melding
       *[other] { $count } meldingen
    }.

    Log in om het te lezen: { $link }

    Groet,
    { $site }

## Letters in the redactie

letters-edit-title = Brieven voor ouders
letters-edit-intro = Ouders maken met deze brieven een vraag of bezwaar op. Het dossier vult de gegevens in. Pas de tekst aan als de regels of de woorden beter kunnen.
letters-edit-placeholders = Deze plekken vult het dossier in: { $list }. Andere plekken met accolades kunnen niet.
letters-changed-by = Aangepast door { $name }.
letters-shipped = De standaardtekst.
letters-save = Opslaan
letters-reset = Terug naar de standaardtekst
error-letter-length = Een brief heeft 1 tot 5000 tekens.
error-letter-placeholder = Gebruik alleen de plekken uit de lijst, zoals { "{" } $child { "}" }, en sluit elke accolade.
home-letters-text = De brieven waarmee ouders iets vragen of bezwaar maken.
