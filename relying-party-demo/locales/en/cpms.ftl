# CPMS, the demo relying party: its texts in English, the reference catalogue. Every other
# language has exactly these ids, with the same placeables (checked by `i18n::tests`).
#
# "CPMS" (the Clinical Patient Management System) and "eUROGEN" are names: keep them as they
# are. { $provider } is the identity provider's name as it calls itself (for example
# "EU Login"); it can be used in every message. "ECAS Mobile App" is the name of the
# provider's mobile app.
# Labels of the provider's pages (in quotation marks below) should be written as the
# provider's pages show them in your language: the provider's catalogue has them
# (idp/locales/<code>/access.ftl).

## The page frame (templates/base.html)

site-name = Clinical Patient Management System
skip-to-content = Skip to main content
sign-out = Sign out
# The language selector in the header: "Language: English (en)", read by screen readers.
language-label = Language
language-title = Choose your language
tab-home = Home
# The abbreviation of "European Reference Network": the name of a tab and a heading.
tab-ern = ERN
# The accessible name of the navigation within the ERN tab (its pages: Preferences, Panels).
nav-ern = ERN pages
nav-preferences = Preferences
nav-panels = Panels
footer-networks = ERN eUROGEN · European Reference Networks · Demo relying party
footer-ecl = Built with the Europa Component Library.
# A link to the licence of the Europa Component Library.
footer-ecl-licence = Licence (EUPL-1.2)

## Buttons and links on several pages

sign-in-again = Sign in again
link-home = Go to the CPMS home page

## The landing page (templates/index.html)

index-title = Welcome
index-heading = Welcome to CPMS
index-lead = The Clinical Patient Management System of the European Reference Networks.
index-requirement = Signing in requires { $provider } with two-factor authentication (password plus your mobile phone, the ECAS Mobile App or a security key).
index-sign-in = Sign in with { $provider }

## Home (templates/home.html)

home-title = Home
# $name is the signed-in person's name.
home-welcome = Welcome, { $name }
home-role = Professional role
home-area = Thematic area
home-access = Your access
# The columns of the table of the person's access grants.
home-col-ern = ERN
home-col-centre = Centre
home-col-country = Country
home-col-profile = Profile
# In a cell of that table when the grant does not say.
home-not-stated = not stated
home-ern-hint = Your preferences and panels are in the ERN tab.
home-ern-link = Open the ERN tab

## The ERN tab (templates/ern.html)

ern-title = ERN
# $ern is the name of the network, for example "eUROGEN".
ern-heading = ERN { $ern }
ern-role = Your professional role
ern-area = Your thematic area
ern-change = You can change them in your preferences.
ern-preferences-link = Change your preferences
ern-panels-link = Open the panels

## Preferences (templates/preferences.html)

preferences-title = Preferences
preferences-first-heading = Welcome to CPMS: your preferences
preferences-first-intro = This is your first sign-in. Please tell us your professional role (it is shown beside your name in panels) and the thematic area of eUROGEN you requested access for.
preferences-role-label = Professional role
# $max is the greatest number of characters allowed (100).
preferences-role-hint = Shown beside your name in panels, for example "Paediatric urologist" (at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
}).
preferences-area-legend = Thematic area
preferences-submit = Update preferences
preferences-expired = The form has expired. Please submit it again.
preferences-role-missing = Please type in your professional role.
# $max is the greatest number of characters allowed (100).
preferences-role-too-long = The professional role may be at most { $max ->
    [one] { $max } character
   *[other] { $max } characters
} long.
preferences-role-control = The professional role may not contain control characters.
preferences-area-unknown = Please choose one of the listed thematic areas.

## Panels (templates/panels.html)

panels-title = Panels
panels-no-members = No members yet.

## Without access: how to request it (templates/access_request.html)

access-title = Request access
access-heading = You do not have access to CPMS yet
access-no-access = Your { $provider } account has no approved access to CPMS. Request it in the authorization system, as follows.
# The link to the provider's authorization system (a separate site of the provider).
access-open-link = Open the authorization system
# "Request access": the provider's button (access-request-button).
access-step-start = In the authorization system (two-factor authentication is not required there), click “Request access”.
access-step-1 = Step 1: select the application “CPMS”, then go on to Step 2.
# “Open”: the provider's button (access-open).
access-step-2 = Step 2: click “Open” next to your ERN (for example eUROGEN), then “Open” next to the country of your centre, and select your centre. Do not only check the round button next to the ERN: that selects the network without your centre, and the request will be denied.
access-step-3 = Step 3: select the access profile “HP” (health professional).
# “Submit Request Access”: the provider's button (access-submit).
access-step-4 = Step 4: check the summary (application CPMS, your centre, profile HP), add a comment if needed and click “Submit Request Access”.
access-after-approval = Once the CPMS helpdesk has approved your request, you receive an e-mail; then sign in again.

## Two-factor authentication required (templates/acr_refused.html)

acr-title = Two-factor authentication required
acr-required = CPMS requires two-factor authentication (medium level).
acr-password-only = You signed in with your password only.
# $level is the authentication level the provider reported, a web address.
acr-password-only-level = You signed in with your password only (level { $level }).
acr-how = Sign in again with your password and a second factor: an SMS code to your mobile phone, the ECAS Mobile App (PIN code or QR code) or a security key. If you have none yet, set one up in { $provider } first.

## Signing out (templates/logout.html)

logout-title = Sign out
logout-question = Sign out of CPMS and of { $provider }?
logout-submit = Sign out
logout-stay = Stay signed in
signout-refused-title = Sign-out refused
signout-refused = The form has expired. Please try again.

## The end of a sign-in (http/auth.rs, shown in templates/message.html)

signin-expired-title = Sign-in expired
signin-expired-elsewhere = This sign-in has expired or was started in another browser. Please sign in again.
signin-expired-used = This sign-in has expired or was already completed. Please sign in again.
signin-refused-title = Sign-in refused
signin-refused-state = The answer of { $provider } does not belong to this sign-in. Please sign in again.
signin-refused-issuer = The answer came from an unexpected identity provider. Please sign in again.
signin-refused-no-code = The answer of { $provider } has no authorization code. Please sign in again.
signin-cancelled-title = Sign-in cancelled
signin-cancelled = You cancelled the sign-in, so you are not signed in to CPMS. Sign in again when you are ready.
signin-incomplete-title = Sign-in not completed
signin-second-factor = CPMS requires two-factor authentication (medium level). Set up a second factor (mobile phone, ECAS Mobile App or a security key) in { $provider }, then sign in again.
signin-incomplete = { $provider } could not complete the sign-in. Please sign in again.
signin-unverified-title = Sign-in could not be verified
signin-unverified = CPMS could not verify the answer of { $provider }. Please sign in again.

## Error pages (http/errors.rs)

error-not-found-title = Page not found
error-not-found = There is no page at this address. If you typed it, check it; otherwise start again from the CPMS home page.
error-method-title = This address does not accept this kind of request
error-method = The page exists, but not for what your browser sent. Go to the CPMS home page and continue from there.
error-server-title = Something went wrong
error-server = Please try again later.
