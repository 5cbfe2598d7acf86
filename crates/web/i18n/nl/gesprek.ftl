## Gesprekken: plan, prepare, agenda, companion, report

file-nav-gesprekken = Gesprekken
action-plan-gesprek = Een gesprek plannen, verzetten of afzeggen
action-take-part = Meedoen aan een gesprek: agendapunten, eigen voorbereiding, reageren op het verslag
audit-gesprek-planned = Gesprek gepland
audit-gesprek-changed = Gesprek aangepast
audit-gesprek-viewed = Gesprek bekeken
audit-gesprek-prepared = Eigen voorbereiding opgeslagen
tl-gesprek-planned = Gesprek gepland: { $purpose } ({ $when }).
tl-gesprek-changed = Gesprek verzet of aangepast: { $purpose } ({ $when }).
tl-gesprek-cancelled = Gesprek afgezegd: { $purpose }.
tl-gesprek-companion = { $name } komt mee naar een gesprek.
tl-gesprek-report = Het verslag van een gesprek is klaar.
tl-commitment = Afspraak: { $who } – { $what }, uiterlijk { $due }.
tl-filter-gesprekken = Gesprekken en afspraken

gesprek-status-planned = Gepland
gesprek-status-held = Gehouden
gesprek-status-paused = Vroeg gestopt, er komt een vervolg
gesprek-status-cancelled = Afgezegd

gesprek-list-title = Gesprekken
gesprek-list-intro = Hier plannen jullie de gesprekken met school. Je bereidt je eigen deel voor, zet punten op de agenda en leest na afloop het verslag.
gesprek-list-read = Zo bereid je een gesprek voor.
gesprek-list-empty = Er zijn nog geen gesprekken gepland.
gesprek-plan-title = Een gesprek plannen
gesprek-plan-submit = Gesprek plannen en uitnodigen
gesprek-purpose = Waar gaat het gesprek over?
gesprek-purpose-hint = Bijvoorbeeld: bespreken hoe het lezen gaat.
gesprek-date = Datum
gesprek-time = Tijd
gesprek-minutes = Hoe lang (minuten)
gesprek-place = Waar
gesprek-link = Link voor een online gesprek
gesprek-link-hint = Een adres dat begint met https://. Vul een plek in, een link, of allebei.
gesprek-leader = Wie leidt het gesprek?
gesprek-attendees = Wie zijn erbij?
gesprek-about-child = Over { $child }
gesprek-when = Wanneer
gesprek-minutes-n = { $n } minuten
gesprek-prepare = Mijn voorbereiding
gesprek-ics = Zet in mijn agenda (.ics)
gesprek-agenda = Agenda
gesprek-agenda-hint = Iedereen mag punten toevoegen. Een punt van de ouders kan alleen een ouder weghalen. Wie het gesprek leidt, bepaalt de volgorde.
gesprek-agenda-empty = Er staan nog geen punten op de agenda.
gesprek-point-of-parents = punt van de ouders
gesprek-point-up = Hoger
gesprek-point-down = Lager
gesprek-point-remove = Weghalen
gesprek-point-new = Nieuw punt voor de agenda
gesprek-point-add = Punt toevoegen
gesprek-shared = Wat anderen delen uit hun voorbereiding
gesprek-my-notes = Mijn eigen aantekeningen
gesprek-my-notes-label = Aantekeningen
gesprek-my-notes-hint = Alleen jij ziet dit. Handig tijdens het gesprek, of om naast het verslag te leggen.
gesprek-my-notes-save = Aantekeningen opslaan
gesprek-change-title = Plannen
gesprek-change = Gesprek verzetten of aanpassen
gesprek-change-submit = Wijziging opslaan en iedereen laten weten
gesprek-follow-up = Vroeg gestopt? Plan een vervolg
gesprek-follow-up-intro = Soms is het beter om te stoppen, bijvoorbeeld als emoties hoog oplopen. Plan dan een vervolg. De agenda en ieders voorbereiding gaan mee.
gesprek-follow-up-read = Wat doe je als emoties hoog oplopen?
gesprek-follow-up-submit = Vervolg plannen
gesprek-cancel-confirm = Ja, ik zeg dit gesprek af. Iedereen krijgt bericht.
gesprek-cancel = Gesprek afzeggen
gesprek-mine-title = Gesprekken waar ik mee naartoe ga
gesprek-mine-intro = Een ouder heeft je gevraagd mee te gaan. Je ziet alleen deze gesprekken, niet het hele dossier.
gesprek-mine-empty = Je bent nog niet gevraagd mee te gaan naar een gesprek.
home-gesprekken-text = Gesprekken waar een ouder je voor heeft meegevraagd.
gesprek-your-role = je rol

companion-title = Iemand meenemen
companion-intro = Je mag iemand meenemen naar het gesprek. Die persoon ziet alleen dit gesprek en wat jij deelt uit je voorbereiding. Wie het gesprek leidt, hoort wie er komt en waarom.
companion-read = Wie kan ik meenemen?
companion-name = Naam
companion-email = E-mailadres
companion-relation = Wie is het?
companion-relation-relative = Familie
companion-relation-friend = Een vriend of vriendin
companion-relation-network-parent = Een ouder uit het netwerk
companion-relation-advocate = Een belangenbehartiger
companion-role = Wat doet deze persoon in het gesprek?
companion-role-listen = Luisteren
companion-role-take-notes = Aantekeningen maken
companion-role-speak-for-me = Voor mij het woord doen
companion-role-stand-up-for-rights = Opkomen voor mijn rechten
companion-why = Waarom neem je deze persoon mee?
companion-why-hint = Dit lezen de anderen. Mag leeg blijven.
companion-submit = Meenemen en uitnodigen

report-title = Verslag
report-none = Er is nog geen verslag. Wie het gesprek leidt, schrijft het na afloop.
report-write = Verslag schrijven
report-summary = Waar hebben jullie over gepraat?
report-commitments = Afspraken
report-commitments-hint = Wie doet wat, en wanneer is het klaar? Een lege regel telt niet mee.
report-who = Wie
report-what = Wat
report-due = Klaar op
report-save = Verslag opslaan
report-responses = Reacties
report-no-responses = Nog niemand heeft gereageerd.
report-confirm = Klopt, ik bevestig het verslag
report-confirmed = Bevestigt het verslag.
report-comment = Iets toevoegen of verbeteren
report-comment-submit = Reactie plaatsen

prep-title = Mijn voorbereiding
prep-intro-parent = Schrijf in je eigen woorden op wat je wilt zeggen en wat je nodig hebt. Bij elke vraag staat een artikel met uitleg.
prep-intro-other = Schrijf op wat je wilt bereiken en bespreken.
prep-private = Alleen jij ziet je antwoorden. Zet een vinkje als je een antwoord wilt delen met wie aan tafel zit.
prep-read-more = Lees meer
prep-share = Delen met wie bij het gesprek is
prep-save = Opslaan
prep-print = Printversie (1 pagina)
prep-shared-badge = gedeeld
prep-expect = Wat verwacht je van dit gesprek?
prep-expect-hint = Wat wil je dat er na afloop is afgesproken?
prep-school-must-know = Wat moet school weten?
prep-school-must-know-hint = Over je kind en over thuis.
prep-worries = Waar maak je je zorgen over?
prep-worries-hint = Schrijf het op, ook als het moeilijk is.
prep-matters-for-child = Wat is belangrijk voor je kind?
prep-matters-for-child-hint = Wat zou je kind zelf willen zeggen?
prep-who-attends = Wie zijn erbij, en hoe kennen zij je kind?
prep-who-attends-hint = Kent iedereen je kind? Vraag het gerust.
prep-at-ease = Wat heb je nodig om je op je gemak te voelen?
prep-at-ease-hint = Bijvoorbeeld: even koffie, een pauze, of de vragen vooraf.
prep-companion = Wie neem je mee, en wat doet die persoon?
prep-companion-hint = Luisteren, aantekeningen maken, of voor je het woord doen.
prep-pause-signal = Hoe laat je merken dat je een pauze nodig hebt?
prep-pause-signal-hint = Spreek af hoe je dat zegt, en wat je dan nodig hebt.
prep-aim = Wat wil je bereiken?
prep-aim-hint = Wat moet er na het gesprek duidelijk zijn?
prep-points = Wat wil je bespreken?
prep-points-hint = Zet wat voor iedereen belangrijk is ook op de agenda.
prep-notes = Aantekeningen
prep-notes-hint = Alleen voor jou.

ics-summary = Gesprek over { $child }: { $purpose }
mail-gesprek-planned-subject = Uitnodiging: gesprek over { $child }
mail-gesprek-planned-body = Hallo,

    Je bent uitgenodigd voor een gesprek over { $child }.

    Waarover: { $purpose }
    Wanneer: { $when }
    Waar: { $place }

    De uitnodiging voor je agenda zit bij deze e-mail. Bereid je voor en zet punten op de agenda: { $link }

    Groet,
    { $site }
mail-gesprek-changed-subject = Gewijzigd: gesprek over { $child }
mail-gesprek-changed-body = Hallo,

    Het gesprek over { $child } is gewijzigd.

    Waarover: { $purpose }
    Wanneer: { $when }
    Waar: { $place }

    De nieuwe tijd staat in de bijlage voor je agenda. Bekijk het gesprek: { $link }

    Groet,
    { $site }
mail-gesprek-cancelled-subject = Afgezegd: gesprek over { $child }
mail-gesprek-cancelled-body = Hallo,

    Het gesprek over { $child } op { $when } gaat niet door.

    Waarover: { $purpose }

    Met de bijlage haal je het uit je agenda. Bekijk het dossier: { $link }

    Groet,
    { $site }
mail-companion-subject = { $parent } vraagt je mee naar een gesprek op school
mail-companion-body = Hallo { $name },

    { $parent } vraagt je mee te gaan naar een gesprek op school over { $child }, op { $when }.
    Je rol: { $role }.

    Log in met dit e-mailadres en open het gesprek: { $link }
    Je ziet alleen dit gesprek, en wat { $parent } met je deelt.

    Groet,
    { $site }
mail-companion-leader-subject = Er komt iemand mee naar het gesprek over { $child }
mail-companion-leader-body = Hallo,

    { $parent } neemt { $name } mee naar het gesprek over { $child } op { $when }.
    Wie: { $relation }. Rol in het gesprek: { $role }.
    Waarom: { $why }

    Bekijk het gesprek: { $link }

    Groet,
    { $site }

error-gesprek-purpose = Schrijf in hoogstens 500 tekens waar het gesprek over gaat.
error-gesprek-when = Kies een datum en tijd die nog moeten komen.
error-gesprek-minutes = Een gesprek duurt 15 tot 240 minuten.
error-gesprek-where = Vul een plek in, of een link die begint met https://.
error-gesprek-leader = Kies wie het gesprek leidt.
error-gesprek-attendees = Kies alleen mensen die in het dossier meedoen.
error-gesprek-not-planned = Dit gesprek is niet meer gepland. Er kan niets meer aan veranderen.
error-gesprek-confirm-cancel = Zet het vinkje als je het gesprek echt wilt afzeggen.
error-companion-name = Vul de naam in.
error-companion-email = Vul een geldig e-mailadres in.
error-companion-role = Kies wie het is en wat deze persoon doet in het gesprek.
error-companion-why = Schrijf in hoogstens 300 tekens waarom deze persoon meekomt.
error-agenda-point = Een agendapunt heeft 1 tot 500 tekens.
error-prep-too-long = Een antwoord mag hoogstens 3000 tekens hebben.
error-prep-empty = Er is geen antwoord meegestuurd.
error-prep-question = Deze vraag bestaat niet.
error-report-summary = Schrijf waar jullie over gepraat hebben (hoogstens 10.000 tekens).
error-report-commitment = Vul bij elke afspraak in wie, wat en wanneer. De datum ligt op of na de dag van het gesprek.
error-report-response = Schrijf iets bij je reactie (hoogstens 2000 tekens).
error-report-none = Er is nog geen verslag om op te reageren.
