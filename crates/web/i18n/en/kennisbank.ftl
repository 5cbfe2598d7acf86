## Knowledge base
kb-title = Knowledge base
kb-intro = Answers to questions about extra support at school. Choose a topic or search for a word.
kb-search-label = Search the knowledge base
kb-search-button = Search
kb-all-questions = All { $count } questions
kb-related = Read also
kb-share = Share this information
kb-share-link = Link to this article
kb-share-email = Send by e-mail
kb-share-whatsapp = Share on WhatsApp
kb-print = Print version
kb-feedback-heading = Good article?
kb-feedback-question = Was this article useful to you?
kb-feedback-yes = Yes
kb-feedback-no = No
kb-feedback-comment = Anything else to say? (you may leave this empty)
kb-feedback-hint = 1000 characters at most. Do not write names or other personal details. We do not keep who you are.
kb-feedback-send = Send
kb-feedback-thanks = Thank you. Your answer helps us make the texts better.
feedback-choose = Choose yes or no.
feedback-too-long = Your comment is too long. Use 1000 characters at most.
kb-search-title = Search
kb-search-none = Nothing found for "{ $query }"
kb-search-none-help = Try another word. Or see where you can go with your question:
kb-search-hulpwijzer = Where can I go?
kb-most-read = Often read
kb-search-count = { $count ->
    [one] 1 article found
   *[other] { $count } articles found
}
kb-glossary-title = Glossary
kb-glossary-intro = What do the words mean that schools and the samenwerkingsverband use?
kb-glossary-more = Read more
kb-b1-heading = Readability (for editors)
kb-b1-ok = This text reaches plain language level (B1).
kb-b1-not-ok = This text does not reach plain language level (B1) yet. Make sentences shorter and use common words.
kb-b1-score = Reading ease: { $score } (60 or higher)
kb-b1-average = Average sentence: { $average } words (15 or fewer)
kb-b1-longest = Longest sentence: { $longest } words (25 or fewer)
kb-b1-long-words = Long words (4 or more syllables): { $percent }%
kb-edit = Edit this article
