## Documents: groeidocument, OPP, handelingsplan, arrangement

file-nav-documents = Documenten
action-write-document = Documenten schrijven en vastleggen
audit-document-created = Document gemaakt
audit-document-saved = Document opgeslagen
audit-document-recorded = Iets vastgelegd bij een document
audit-document-viewed = Document bekeken
tl-document-created = Nieuw document: { $title }.
tl-document-saved = { $title }: versie { $version } opgeslagen.
tl-document-consultation = { $title }: gesprek met de ouders over het perspectief vastgelegd.
tl-document-agreement = { $title }: de ouders gaven hun antwoord op het handelingsdeel.
tl-document-pupil_view = { $title }: de mening van de leerling vastgelegd.
tl-document-evaluation = { $title }: evaluatie vastgelegd.
tl-document-parents_asked = { $title }: school vraagt de ouders hun deel in te vullen.
tl-document-established = { $title }: het OPP is vastgesteld.
tl-filter-documents = Documenten

doc-kind-groeidocument = Groeidocument
doc-kind-groeidocument-about = Wat je kind goed kan, wat het nodig heeft en wat werkt. Ouders schrijven hun eigen deel, en je kind zegt wat het er zelf van vindt.
doc-kind-opp = OPP (ontwikkelingsperspectief)
doc-kind-opp-about = Het plan voor een kind met extra steun. Het OPP zegt welk niveau je kind waarschijnlijk haalt en welke steun het krijgt. Voor de steun is de instemming van de ouders nodig.
doc-kind-handelingsplan = Handelingsplan
doc-kind-handelingsplan-about = Een kort plan: welke doelen, welke aanpak, hoe lang, en wanneer jullie kijken hoe het gaat.
doc-kind-arrangement = Arrangement
doc-kind-arrangement-about = Welke extra steun je kind krijgt, van wie, hoe lang, en wie het betaalt.

doc-section-strengths = Waar is het kind goed in?
doc-hint-strengths = Wat gaat goed, waar is het kind trots op?
doc-section-needs = Wat heeft het kind nodig?
doc-hint-needs = Om te leren en zich fijn te voelen op school.
doc-section-works = Wat werkt?
doc-hint-works = Aanpakken die helpen, thuis en op school.
doc-section-does-not-work = Wat werkt niet?
doc-hint-does-not-work = Wat maakt het moeilijker?
doc-section-history = Wat ging eraan vooraf?
doc-hint-history = Eerdere steun, onderzoek en scholen.
doc-section-parents-part = Het deel van de ouders
doc-hint-parents-part = Hoe zien jullie je kind thuis? Wat werkt thuis? En welke steun hebben jullie zelf nodig?
doc-section-child-voice = Hoe denk jij erover?
doc-hint-child-voice = Wat vindt het kind zelf? In eigen woorden, of zoals jullie het hoorden.
doc-section-outflow-level = Verwacht niveau na deze school
doc-hint-outflow-level = Bijvoorbeeld vmbo-t of havo, of een vorm van werk of dagbesteding.
doc-section-outflow-reasons = Waarom dit niveau?
doc-hint-outflow-reasons = Wat maakt dat school dit verwacht?
doc-section-evaluation-moments = Wanneer kijken we samen hoe het gaat?
doc-hint-evaluation-moments = De momenten waarop school en ouders het plan bespreken. Minstens 1 keer per schooljaar.
doc-section-approach = Aanpak
doc-hint-approach = Wat doet school anders of extra?
doc-section-period = Hoe lang?
doc-hint-period = Van wanneer tot wanneer.
doc-section-support = Welke steun?
doc-hint-support = Bijvoorbeeld extra begeleiding in de klas of een plek in een kleine groep.
doc-section-provider = Van wie?
doc-hint-provider = Wie geeft de steun: school, het samenwerkingsverband of een andere organisatie.
doc-section-funding = Wie betaalt het?
doc-hint-funding = Bijvoorbeeld het samenwerkingsverband of de gemeente.

doc-writer-school = Dit deel schrijft school.
doc-writer-parents = Dit deel schrijven de ouders.
doc-writer-both = Dit deel schrijven ouders of school, met de woorden van het kind.

doc-list-title = Documenten
doc-list-intro = Hier staan de plannen en verslagen over je kind. Elke keer dat iemand iets opslaat, komt er een nieuwe versie bij. Oude versies blijven bewaard.
doc-list-empty = Er zijn nog geen documenten.
doc-new-title = Nieuw document
doc-new-kind = Wat voor document?
doc-new-title-label = Naam van het document
doc-new-title-hint = Bijvoorbeeld: OPP schooljaar 2026-2027.
doc-new-submit = Document maken
doc-version = versie { $n }
doc-written-by = Geschreven door { $name } ({ $role }), { $when }
doc-section-empty = Nog niet ingevuld.
doc-edit = Bewerken
doc-edit-base = je past versie { $n } aan
doc-edit-intro = Je kunt alleen de delen aanpassen die jij schrijft. Als je opslaat, komt er een nieuwe versie bij. Niemand kan een oude versie veranderen.
doc-edit-nothing = In dit document schrijf jij geen deel. Wil je iets zeggen over het plan? Geef dan je antwoord op het handelingsdeel, of schrijf een notitie.
doc-edit-save = Opslaan als nieuwe versie
doc-print = Printversie
doc-perspective-part = Perspectief
doc-perspective-about = Welk niveau je kind waarschijnlijk haalt. School bespreekt dit met de ouders voordat het OPP wordt vastgesteld.
doc-action-part = Handelingsdeel
doc-action-about = De doelen en de steun. Voor dit deel is de instemming van de ouders nodig. Ouders mogen met een deel instemmen.
doc-goals = Doelen en steun
doc-goals-none = Er staan nog geen doelen in.
doc-goals-hint = Een lege regel telt niet mee. Maak een regel leeg om een doel te schrappen; het blijft in de oude versie staan.
doc-goal = Doel
doc-goal-n = Doel { $n }
doc-goal-new = Nieuw doel
doc-goal-support = Steun
doc-goal-given-by = Wie geeft de steun
doc-goal-how-often = Hoe vaak
doc-goal-agreed = De ouders stemmen in
doc-goal-not-agreed = De ouders stemmen niet in
doc-enrolled-on = Datum van inschrijving
doc-enrolled-on-hint = Het OPP moet er binnen 6 weken na de inschrijving zijn.

doc-opp-status = Hoe staat het OPP ervoor?
doc-opp-set = Deze versie is vastgesteld.
doc-opp-set-earlier = Versie { $n } is vastgesteld. Deze nieuwe versie nog niet.
doc-opp-not-set = Nog niet vastgesteld.
doc-opp-due = Het OPP moet er zijn op { $date }.
doc-opp-overdue = Het OPP had er op { $date } moeten zijn.
doc-opp-needs-consultation = School heeft het perspectief nog niet met de ouders besproken. Pas daarna kan het OPP worden vastgesteld.
doc-opp-already-set = Deze versie is al vastgesteld.
doc-consultation-done = Het perspectief is met de ouders besproken op { $date }.
doc-agreement-pending = De ouders hebben nog niet gereageerd op het handelingsdeel. De steun gaat gewoon door.
doc-agreement-whole = De ouders stemmen in met het hele handelingsdeel.
doc-agreement-partial = De ouders stemmen in met een deel van de doelen.
doc-agreement-none = De ouders stemmen niet in met het handelingsdeel. De steun gaat door terwijl jullie verder praten.
doc-agreement-view = De mening van de ouders
doc-pupil-none = De mening van de leerling is nog niet gevraagd.
doc-pupil-given = De leerling gaf zijn of haar mening (versie { $n }).
doc-evaluation-next = Volgende evaluatie met de ouders: { $date }.
doc-evaluation-overdue = De evaluatie met de ouders had op { $date } moeten zijn.
doc-evaluation-when = Na het vaststellen evalueren school en ouders het OPP minstens 1 keer per schooljaar.
doc-evaluation-last = Laatste evaluatie
doc-set-submit = OPP vaststellen

doc-agreement-title = Jullie antwoord op het handelingsdeel
doc-agreement-intro = Lees de doelen en de steun. Je mag instemmen met alles, met een deel of met niets. Bij een deel of niets schrijf je erbij waarom. Je mening komt bij deze versie te staan.
doc-agreement-question = Stem je in met het handelingsdeel?
doc-agreement-choice-whole = Ja, met alles
doc-agreement-choice-partial = Met een deel van de doelen
doc-agreement-choice-none = Nee
doc-agreement-goals = Met welke doelen stem je in? (alleen bij een deel)
doc-agreement-view-label = Jullie mening
doc-agreement-view-hint = Wat vinden jullie ervan? Nodig als je met een deel of niet instemt.
doc-agreement-submit = Antwoord vastleggen

doc-consultation-title = Gesprek over het perspectief vastleggen
doc-consultation-intro = School bespreekt het verwachte niveau met de ouders en probeert het samen eens te worden. Leg vast wanneer, met wie en wat jullie zeiden.
doc-consultation-date = Datum van het gesprek
doc-consultation-who = Wie waren erbij?
doc-consultation-said = Wat is er gezegd?
doc-record-submit = Vastleggen

doc-pupil-title = De mening van de leerling
doc-pupil-intro = Een leerling mag zeggen wat hij of zij van het OPP vindt. Schrijf het op in de eigen woorden van de leerling. Is het kind jong? Schrijf dan op hoe jullie het hoorden.
doc-pupil-how = Hoe is de mening gegeven?
doc-pupil-own-words = In eigen woorden
doc-pupil-heard = Zo hebben we het gehoord (bij een jong kind)
doc-pupil-text = Wat vindt de leerling?

doc-evaluation-title = Evaluatie vastleggen
doc-evaluation-intro = Bespreek per doel wat is gelukt. Leg vast wat er verandert en wanneer jullie weer samen kijken.
doc-evaluation-date = Datum van de evaluatie
doc-evaluation-commitments = Afspraken uit de gesprekken: bespreek ook wat hiervan gelukt is.
doc-evaluation-note = Toelichting
doc-evaluation-changes = Wat verandert er?
doc-evaluation-next-date = Volgende evaluatie
doc-evaluation-new-version = Het plan moet worden aangepast (het dossier gaat terug naar stap 4, plannen)
doc-evaluation-new-version-why = De evaluatie laat zien dat het plan moet veranderen.
doc-reached-yes = Gehaald
doc-reached-partly = Deels gehaald
doc-reached-no = Niet gehaald

doc-ask-title = De ouders vragen hun deel in te vullen
doc-ask-intro = De ouders krijgen een e-mail met een link naar dit document.
doc-ask-message = Bericht aan de ouders (mag leeg)
doc-ask-submit = Vraag versturen
doc-asked = School vroeg de ouders op { $date } om hun deel.
doc-answered = De ouders vulden hun deel in op { $date }.
doc-ask-waiting = De ouders hebben hun deel nog niet ingevuld.

doc-share-title = Delen buiten school
doc-shared = Dit document is gedeeld met wie van buiten school meedoet. Je kunt dit intrekken bij Toestemming.
doc-not-shared = Wie van buiten school meedoet (zoals de consulent van het samenwerkingsverband), ziet dit document niet. Alleen de ouders kunnen het delen.
doc-share-purpose = Waarom deel je dit document?
doc-share-hint = Bijvoorbeeld: zodat de consulent kan meedenken over de steun.
doc-share-submit = Delen met wie van buiten school meedoet
doc-share-revoke = Delen intrekken
consent-document-link = Naar het document
consent-document-hint = Een document deel je vanaf de pagina van dat document, bij Documenten.

doc-records-title = Vastgelegd
doc-records-none = Er is nog niets vastgelegd.
doc-record-consultation = Gesprek over het perspectief (versie { $version }):
doc-record-agreement = Antwoord van de ouders (versie { $version }).
doc-record-pupil-view = Mening van de leerling (versie { $version }):
doc-record-evaluation = Evaluatie (versie { $version }):
doc-record-parents-asked = School vroeg de ouders om hun deel.
doc-record-established = OPP vastgesteld (versie { $version }).

doc-versions-title = Versies vergelijken
doc-versions-intro = Alle versies blijven bewaard. Kies er 2 om te zien wat er veranderde.
doc-version-col = Versie
doc-saved-col = Opgeslagen
doc-by-col = Door
doc-compare-old = Oudere versie
doc-compare-new = Nieuwere versie
doc-compare-submit = Vergelijken
doc-compare-legend = Doorgestreept is weggehaald, onderstreept is erbij gekomen.
doc-compare-unchanged = niet veranderd

doc-conflict-title = Iemand anders heeft intussen opgeslagen
doc-conflict-intro = { $name } heeft versie { $n } opgeslagen op { $when }, terwijl jij aan het schrijven was. Er is niets verloren. Hieronder zie je per deel hun tekst en jouw tekst. Pas jouw tekst aan en sla opnieuw op.
doc-conflict-theirs = Hun tekst (nieuwste versie):
doc-conflict-yours = Jouw tekst:

mail-doc-asked-subject = Vul jullie deel van het groeidocument van { $child } in
mail-doc-asked-body = Hallo,

    { $who } vraagt jullie om jullie deel van het groeidocument van { $child } in te vullen. Schrijf hoe jullie je kind thuis zien, wat thuis werkt en welke steun jullie zelf nodig hebben.

    { $message }

    Open het document: { $link }

    Groet,
    { $site }

error-doc-kind = Kies wat voor document het is.
error-doc-title = Geef het document een naam van hoogstens 120 tekens.
error-doc-not-your-part = Je probeerde een deel te veranderen dat iemand anders schrijft. Dat kan niet.
error-doc-section-too-long = Een deel mag hoogstens 5000 tekens hebben.
error-doc-nothing-changed = Je hebt niets veranderd. Er is geen nieuwe versie gemaakt.
error-doc-enrolled-on = Vul de datum van inschrijving in, of laat het veld leeg.
error-doc-too-many-goals = Een plan mag hoogstens 20 doelen hebben.
error-doc-goal = Elk doel heeft een omschrijving nodig van hoogstens 1000 tekens.
error-doc-record-text = Vul alle velden in. Een tekst mag hoogstens 5000 tekens hebben.
error-doc-record-date = Vul een datum in die niet in de toekomst ligt.
error-doc-record-kind = Dit kan hier niet worden vastgelegd.
error-doc-agreement-choice = Kies of je instemt met alles, met een deel of met niets.
error-doc-agreement-no-goals = Er staan nog geen doelen in het plan. Je kunt pas instemmen als er doelen zijn.
error-doc-agreement-view = Schrijf jullie mening erbij als je met een deel of niet instemt.
error-doc-agreement-goals = Kies bij een deel minstens 1 doel, maar niet alle doelen.
error-doc-pupil-how = Kies hoe de leerling zijn of haar mening gaf.
error-doc-next-date = De volgende evaluatie moet na deze evaluatie zijn.
error-doc-evaluation-goals = Kies bij elk doel of het is gehaald.
error-doc-conflict = Iemand anders heeft intussen een nieuwe versie opgeslagen. Je tekst staat hieronder nog.
error-doc-share-purpose = Schrijf in hoogstens 500 tekens waarom je het document deelt.
