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
