# The provider's texts in English (mail); see main.ftl.
