# The provider's texts in English (access); see main.ftl.
#
# The authorization system: users request access to an application (for example CPMS) with
# an access profile (for example HP) for their centre, a hospital in a European Reference
# Network (ERN); the helpdesk of the application approves or denies the request. Names of
# applications, profiles, ERNs, countries and centres come from the database and are never
# in this file.

## Words used on several access pages (table headings, field labels)

# The name of the whole service for access requests (page title, heading, back link).
access-title = Authorization system
access-application = Application
access-organisation = Organisation
# An access profile is the role the user asks for in the application (for example "HP").
access-profile = Access profile
access-comments = Comments
access-reason = Reason
# Table heading: when the request was sent.
access-submitted = Submitted
access-status = Status

## Statuses of an access request

access-status-pending = Pending
access-status-approved = Approved
access-status-denied = Denied
access-status-revoked = Revoked
access-status-unknown = Unknown

## My access requests (templates/access_home.html)

access-request-button = Request access
access-helpdesk-queue = Helpdesk queue
access-my-requests = My access requests
# The quoted words are the name of the button access-request-button.
access-none-yet = You have no access requests yet. Click "{ access-request-button }" to ask for access to an application.
access-request-submitted = Your request has been submitted. The helpdesk of the application will review it; you will receive an e-mail with its decision.

## New request, in four steps (templates/access_request.html)

# Browser tab title; $step is the number of the step, 1 to 4.
access-request-title = Request access - Step { $step }
access-request-heading = New application access request
# One step in the list of steps and as the heading of a step: $n is its number (1 to 4),
# $label the name of the step (access-step-application ... access-step-recap).
access-step-numbered = Step { $n }: { $label }
access-step-application = Select application
access-step-organisation = Select organisation
access-step-profile = Select access profile
access-step-recap = Recap and submission
# Button that goes to step $n (1 to 4). Written without a space in English, as the user
# guide names these buttons ("Step2", "Step3").
access-step-button = Step{ $n }
# Button on an ERN or a country in the tree of organisations: shows what is inside it.
access-open = Open
# Help above the tree of organisations (ERN, then country, then centre). The quoted word is
# the name of the button access-open.
access-organisation-hint = Click "{ access-open }" next to your ERN, then "{ access-open }" next to the country of your centre, and check the round button next to your centre. Selecting only an ERN or a country is not enough: a request without a centre would be denied.
# Caption of the table that sums the request up before it is sent.
access-summary = Summary
# Row heading in the summary of step 4 (capitalised as in the user guide).
access-summary-profile = Access Profile
access-submit = Submit Request Access

## Helpdesk (templates/access_helpdesk.html)

# Browser tab title and heading of the helpdesk's page.
access-helpdesk-title = Helpdesk
access-helpdesk-heading = Helpdesk: access requests
# $applications: the short names of the applications this helpdesk user is in charge of,
# separated by commas ("cpms, other").
access-helpdesk-applications = Applications: { $applications }
access-pending-heading = Pending requests
access-requester = Requester
access-decision = Decision
access-deny-reason-label = Reason (required to deny)
access-approve = Approve
access-deny = Deny
access-no-pending = No pending requests.
access-granted-heading = Granted access
access-user = User
# Table heading: when the access was approved.
access-approved-on = Approved
# Hidden heading of the column of "Revoke" buttons, read by screen readers.
access-action = Action
access-revoke = Revoke
access-none-granted = No access granted yet.
access-done-approved = The request was approved; the requester has been informed by e-mail.
access-done-denied = The request was denied; the requester has been informed by e-mail.
access-done-revoked = The access was revoked; the requester has been informed by e-mail.

## Refusals: error pages and messages beside the form

access-forbidden-title = Access denied
access-conflict-title = Not possible
access-unknown-step = Unknown step of the request form.
access-choose-decision = Please choose { access-approve } or { access-deny }.
access-select-application = Please select an application in the { access-application } box.
access-unknown-application = Unknown application.
# $application: the short name that was sent, for example "cpms".
access-unknown-application-named = Unknown application "{ $application }".
access-select-profile = Please select your access profile.
access-unknown-profile = This access profile does not exist for the application you selected.
# The user asks again for what they already asked: $application is the application's name,
# $profile the access profile's short code (HP), $centre the hospital's name.
access-already-pending = You already have a pending request for { $application } as { $profile } at { $centre }.
access-already-approved = You already have an approved request for { $application } as { $profile } at { $centre }.
access-select-centre = Please select your centre: click "{ access-open }" next to your ERN, then next to the country of your centre, and check the round button next to your centre.
access-unknown-organisation = The organisation you selected does not exist. Please select your centre in the list.
# $ern: the short name of an ERN, for example "eUROGEN".
access-only-ern = You selected only { $ern }. Please click "{ access-open }" next to { $ern }, then next to the country of your centre, and select your centre: a request without a centre would be denied.
# $country: the name of a country, $ern the short name of an ERN ("Netherlands", "eUROGEN").
access-only-country = You selected only { $country } in { $ern }. Please click "{ access-open }" next to { $country } and select your centre: a request without a centre would be denied.
# $max: the most characters allowed (2000).
access-comment-too-long = The comment is too long: at most { $max } characters, please.
access-reason-too-long = The reason is too long: at most { $max } characters, please.
access-comment-not-allowed = The comment contains characters that are not allowed.
access-reason-not-allowed = The reason contains characters that are not allowed.
access-helpdesk-only = This page is for the helpdesk of an application.
access-not-helpdesk-of = You are not helpdesk of this application.
access-not-own-request = You cannot decide on your own access request: another member of the helpdesk has to.
access-unknown-request = Unknown access request.
access-reason-required = Please give the reason of the denial: the requester receives it by e-mail.
# $status: the request's status as shown in the table (access-status-approved, ...).
access-already-decided = This request has already been decided (status: { $status }).
# The helpdesk tried to revoke a request that is not approved; $status is its status
# (pending, denied or revoked).
access-revoke-not-approved = { $status ->
    [pending] Only an approved access can be revoked; this request is still pending.
    [denied] Only an approved access can be revoked; this request was denied.
    [revoked] Only an approved access can be revoked; this access is already revoked.
   *[other] Only an approved access can be revoked.
}
