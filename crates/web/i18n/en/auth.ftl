## Sign in
sign-in-title = Sign in
sign-in-link-heading = Sign in with a link
sign-in-link-intro = Enter your e-mail address. We send you an e-mail with a link. The link signs you in.
sign-in-link-button = Send me a link
sign-in-password-heading = Sign in with password and code
sign-in-password-intro = Do you work at a school or organisation, and did you set a password? Then you can also sign in this way.
sign-in-password-button = Sign in with password
sign-in-password-wrong = The e-mail address, the password or the code is not right. Please try again.
sign-in-demo-heading = Demo: sign in with one click
sign-in-demo-intro = This only works in the demo. Pick a made-up person and look around.
sign-in-demo-as = Sign in as { $name }
sign-in-sent-title = Check your e-mail
sign-in-sent-text = If { $email } has an account, we sent a link. The link works for 15 minutes, and only once.
sign-in-sent-hint = No e-mail? Look in your spam folder too. Or ask for a new link.
sign-in-sent-again = Ask for a new link
sign-in-confirm-title = Sign in to Samenspoor
sign-in-confirm-text = Press the button to sign in.
sign-in-confirm-button = Yes, sign me in
sign-in-link-problem-title = This link no longer works
sign-in-link-expired = This link has expired. A link works for 15 minutes. Ask for a new link.
sign-in-link-used = This link was used already. A link works only once. Ask for a new link.
sign-in-link-unknown = We do not know this link. Maybe it was not copied in full. Ask for a new link.
sign-in-link-new = Ask for a new link
mail-link-subject = Your link to sign in to { $site }
mail-link-body =
    Hello { $name },

    This link signs you in to { $site }:

    { $link }

    The link works for 15 minutes, and only once.
    Did you not ask for this link? Then you do not need to do anything.
