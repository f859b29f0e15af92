# The provider's texts in English (factors); see main.ftl.
