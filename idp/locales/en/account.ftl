# The provider's texts in English (account); see main.ftl.
