# The provider's texts in English (access); see main.ftl.
