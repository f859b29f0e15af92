# The provider's texts in English: the reference catalogue. Every other language has exactly
# these ids, with the same placeables (checked by `i18n::tests`).

## The page frame (templates/base.html)

account-menu = Account menu
menu-my-account = My Account
menu-change-password = Change password
menu-logout = Logout
language-label = Language
language-change = Change language
language-title = Choose your language
