# The provider's texts in English (login); see main.ftl.
