"""The corrections made to the model's annotation before anything is read off it.

Contract: ``annotate(doc)`` applies, in order and in place, the entity passes (each one
function of ``entity_*.py`` that returns the Doc's new entities) and the parse repairs (each
one function of ``parse_*.py`` that mends the dependency tree) to a Doc the pipeline's model
made. The order matters: a pass sees the entities of the passes before it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from extract.entities import trimmed_entities
from extract.entity_abbreviations import abbreviation_entities
from extract.entity_acronyms import acronyms_as_named, repeated_acronyms, spelled_names
from extract.entity_bounds import (
    names_through_particles,
    numbered_groups,
    without_amounts,
    without_leading_common_words,
    without_lowercase_names,
    without_possessives,
    without_ranks,
    without_trailing_function_words,
)
from extract.entity_brackets import bracket_names, without_open_brackets
from extract.entity_consistency import consistent_entities
from extract.entity_context import (
    employers,
    joined_firm_names,
    language_adjectives,
    name_articles,
    publication_names,
    vessel_names,
    with_number_words,
    without_period_comparisons,
)
from extract.entity_countries import country_entities, pair_entities
from extract.entity_courts import court_names
from extract.entity_datelines import dateline_entities
from extract.entity_firms import firm_entities
from extract.entity_grades import crude_grades
from extract.entity_hedges import hedged_numbers
from extract.entity_initials import initials_entities, joined_names, surnames_after_initials
from extract.entity_laws import law_entities
from extract.entity_missed_countries import missed_countries
from extract.entity_models import model_names
from extract.entity_parties import party_adjectives
from extract.entity_partners import hyphenated_firms, partner_names
from extract.entity_people import apposed_people, family_names, marked_people, titled_people
from extract.entity_places import (
    based_places,
    feature_names,
    named_places,
    state_entities,
    without_place_words,
)
from extract.entity_sentences import names_within_sentences, without_capitalised_nouns
from extract.entity_tables import without_table_figures
from extract.entity_terms import (
    without_common_words,
    without_currency_names,
    without_generic_governments,
    without_generic_heads,
    without_rating_grades,
    without_term_acronyms,
)
from extract.entity_title_lists import listed_people
from extract.entity_titles import titled_entities
from extract.parse_auxiliaries import repair_auxiliary_subjects, repair_participle_heads
from extract.parse_conjuncts import repair_conjunct_appositions, repair_titled_conjuncts
from extract.parse_infinitives import repair_adverbial_infinitives, repair_in_principle
from extract.parse_modifiers import repair_based_names
from extract.parse_repairs import (
    repair_bracketed_subjects,
    repair_date_subjects,
    repair_double_objects,
    repair_marked_objects,
    repair_second_subjects,
    repair_stranded_cases,
    repair_subjects,
    repair_titled_names,
)


def annotate(doc: Doc) -> None:
    """Correct the entities and then the parse of ``doc``, in place.

    Entities first: the bounds the guideline fixes (Reuters' brackets, a possessive is
    outside, a numbered group), countries, pairs and towns with their state or after a place
    noun, the place of a dateline, names a legal form closes or two partners make, the names
    around a title and the people it marks, short names labelled as their full names are,
    document-wide, then named documents. The parse repairs come last, since some of them read
    the corrected names.
    """
    doc.ents = bracket_names(doc)
    doc.ents = without_open_brackets(doc)
    doc.ents = names_within_sentences(doc)  # "Poor's Corp." | "Salomon Brothers Inc"
    doc.ents = without_capitalised_nouns(doc)  # "Banks held": no person
    doc.ents = without_leading_common_words(doc)  # "a Securities and Exchange Commission"
    doc.ents = without_lowercase_names(doc)  # "treasury bills", "the kingdom"
    doc.ents = without_ranks(doc)
    doc.ents = without_possessives(doc)
    doc.ents = without_amounts(doc)  # "loaned Uganda 92.1 mln dlrs": no "Uganda 92.1"
    doc.ents = without_table_figures(doc)  # "Bolivia 13,761" of a table row
    doc.ents = names_through_particles(doc)  # "Kika de la" + "Garza"
    doc.ents = numbered_groups(doc)  # "the Group of" + "Seven"
    doc.ents = court_names(doc)  # "the U.S. District Court" + "for the District of Utah"
    doc.ents = without_trailing_function_words(doc)  # "Chapter 11 of the"
    doc.ents = abbreviation_entities(doc)  # "the U.S. Action", "to undermine U."
    doc.ents = pair_entities(doc)  # "U.S.-Japanese": GPE "U.S.", NORP "Japanese"
    doc.ents = state_entities(doc)  # "Coral Gables, Fla.", "(D-Tex.)"
    doc.ents = based_places(doc)  # "Oporto-based <Banco Portugues>" read as a firm
    doc.ents = named_places(doc)  # "the northern city of Kiel" read as a firm
    doc.ents = without_place_words(doc)  # "Loudon county": the GPE "Loudon"
    doc.ents = feature_names(doc)  # "the Mississippi River" read the GPE "Mississippi"
    doc.ents = dateline_entities(doc)  # "HAVANA (Reuters) -"
    doc.ents = firm_entities(doc)  # "Patrick Petroleum Co", "Toshin Steel Co Ltd"
    doc.ents = spelled_names(doc)  # "Welsh, Carson, Anderson and Stowe (WCAS)"
    doc.ents = initials_entities(doc)  # "S and P", "AT and T" (Reuters' "&")
    doc.ents = joined_names(doc)  # "the Federal Savings" + "and" + "Loan Insurance Corp"
    doc.ents = partner_names(doc)  # "Duff" + "and" + "Phelps", written so twice or more
    doc.ents = with_number_words(doc)  # "the Three" + "Mile Island nuclear plant"
    doc.ents = surnames_after_initials(doc)  # "David M." + "Holland" read as a place
    doc.ents = titled_entities(doc)  # "U.S. Commerce Secretary Malcolm Baldrige"
    doc.ents = titled_people(doc)  # "Finance Minister Onno Ruding having said": no entity
    doc.ents = listed_people(doc)  # "three executives, Terrence A. Elkes, George C. Catell and"
    doc.ents = marked_people(doc)  # "J.C. Matlock, chairman, said" read as a firm
    doc.ents = apposed_people(doc)  # "Stanley Fishman, analyst at Fahnestock": no entity
    # after the titles: a country after a title noun is a place ("its partner Argentina")
    doc.ents = country_entities(doc)  # "Argentina announced" read as a person
    doc.ents = missed_countries(doc)  # "Chile achieved growth": no entity
    doc.ents = consistent_entities(doc)
    doc.ents = hyphenated_firms(doc)  # "the Texaco-Pennzoil dispute": two firms
    doc.ents = repeated_acronyms(doc)  # "USDA releases": the ORG "USDA" of other sentences
    doc.ents = without_term_acronyms(doc)  # "crude palm oil (CPO)": no name
    doc.ents = without_currency_names(doc)  # "the ECU was fixed": no name
    doc.ents = without_rating_grades(doc)  # "lowered to BB-plus from BBB": no name
    doc.ents = without_common_words(doc)  # "the secondary market": no rank
    doc.ents = without_generic_heads(doc)  # "the House committee": ORG "House"
    doc.ents = without_generic_governments(doc)  # "the Japanese Government": NORP
    doc.ents = law_entities(doc)  # "the Louvre accord", "the Tax Reform Act"
    doc.ents = acronyms_as_named(doc)  # "the International Tin Agreement (ITA)": a LAW too
    doc.ents = name_articles(doc)  # "the New United Motor plant", "the Arab American Institute"
    doc.ents = without_period_comparisons(doc)  # "the year-on-year rise"
    doc.ents = joined_firm_names(doc)  # "Texaco" + "Canada" after "Texaco Canada Inc"
    doc.ents = employers(doc)  # "Director at the Adrienne Arsht Latin America Center"
    doc.ents = vessel_names(doc)  # "the tanker Ocean City", "the frigate Ford"
    doc.ents = publication_names(doc)  # "the Handelsblatt newspaper" read as a person
    doc.ents = crude_grades(doc)  # "April Brent" read as a person
    doc.ents = model_names(doc)  # "MD-82s" read as a place, "Douglas DC-10" as a person
    doc.ents = family_names(doc)  # "the Walker family" read as the firm's short name
    doc.ents = language_adjectives(doc)  # "English takeovers": the people's adjective
    doc.ents = party_adjectives(doc)  # "the ruling Conservative party": no entity
    doc.ents = hedged_numbers(doc)  # "to around 40,000 vans", read "40,000"
    doc.ents = trimmed_entities(doc)  # the rules read no "_" as a person
    repair_based_names(doc)  # "San Diego-based Southwest Bancorp": the firm heads it
    repair_auxiliary_subjects(doc)  # "Packer has since sold": "sold" has the subject
    repair_participle_heads(doc)  # "Roberts was named vice chairman": "named" heads it
    repair_bracketed_subjects(doc)  # "<Acme Corp> | said it ...": a split-off subject
    repair_second_subjects(doc)  # "Texaco executives, John Brown, ... left": appos
    repair_conjunct_appositions(doc)  # "A, chairman of X, and B, chairman of Y": B's
    repair_date_subjects(doc)  # "Castaneda last month visited": the name is the subject
    repair_titled_names(doc)  # "President of the State Council of Cuba Raúl Castro came"
    repair_titled_conjuncts(doc)  # "by Prime Minister Rajiv Gandhi and President Reagan"
    repair_in_principle(doc)  # "agreed in principle to acquire": what was agreed
    repair_adverbial_infinitives(doc)  # "agreed in June to buy": not a purpose
    repair_stranded_cases(doc)  # "with U.S. Secretary of State George Shultz"
    repair_marked_objects(doc)  # "sell X to Trammell Crow Co": "Co" is no second object
    repair_double_objects(doc)  # "loaned Uganda 92.1 mln dlrs": to whom
    repair_subjects(doc)  # "said it bought": a subject the parser read as expletive
