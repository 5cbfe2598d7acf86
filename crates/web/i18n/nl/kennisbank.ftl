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
