"""Reference data with a value per language (django-modeltranslation's registry; this module name is its convention).

People's names and titles and relations' descriptions are read in the language of the page or API answer
(``person.name`` gives the Russian name on a Russian page) and fall back to the other languages when a
translation is missing. Versioned package content needs none of this: each language is its own version.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Person, Relation


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("name", "title")


@register(Relation)
class RelationTranslationOptions(TranslationOptions):
    fields = ("description",)
