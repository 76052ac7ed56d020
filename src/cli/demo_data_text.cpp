#include "cli/demo_data_text.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "domain/municipality.hpp"

namespace meldpunt::cli {

using namespace domain;

namespace {

template <std::size_t N>
std::string_view any(std::mt19937_64& random, const std::array<std::string_view, N>& options) {
    return options[static_cast<std::size_t>(random() % N)];
}

constexpr std::array<std::string_view, 6> kOpenings = {
    "Ik wil graag iets melden.",       "Ik weet niet zeker of dit mensenhandel is, maar ik maak me zorgen.",
    "Ik bel namens mijn werk.",        "Een bekende vertelde mij het volgende.",
    "Dit speelt al een paar maanden.", "Ik heb lang getwijfeld of ik dit moest melden."};
// Who the signal is about, matched to the first form so the sentences agree.
constexpr std::array<std::string_view, 3> kWhoLabour = {"een groep arbeiders", "een paar mannen uit Oost-Europa",
                                                        "enkele vrouwen die in de kassen werken"};
constexpr std::array<std::string_view, 3> kWhoSexual = {"een jonge vrouw", "een meisje uit mijn klas",
                                                        "de dochter van kennissen"};
constexpr std::array<std::string_view, 3> kWhoCriminal = {"een jongen van een jaar of zestien", "de zoon van de buren",
                                                          "een jongen uit mijn klas"};
constexpr std::array<std::string_view, 2> kWhoOther = {"een jonge vrouw", "een vrouw in onze straat"};
constexpr std::array<std::string_view, 7> kWhere = {"in een bedrijfshal op het industrieterrein",
                                                    "bij een kwekerij buiten de stad",
                                                    "in een woning in mijn wijk",
                                                    "via sociale media",
                                                    "in een nagelstudio in het centrum",
                                                    "op een bouwplaats bij het station",
                                                    "in een vakantiepark"};
constexpr std::array<std::string_view, 5> kLabour = {"Ze werken zeven dagen per week en krijgen bijna niets betaald.",
                                                     "Hun paspoorten liggen bij de baas.",
                                                     "Ze slapen met tien mensen in een container naast het bedrijf.",
                                                     "Ze moeten een hoge schuld afbetalen voor de reis en het huis.",
                                                     "Ze worden elke ochtend om vijf uur met een busje opgehaald."};
constexpr std::array<std::string_view, 5> kSexual = {
    "Ze wordt steeds door andere mannen opgehaald.", "Er staan advertenties van haar op een sekssite.",
    "Haar vriend is veel ouder en bepaalt alles.", "Ze heeft ineens dure spullen maar geen werk.",
    "Ze wordt gechanteerd met foto's."};
constexpr std::array<std::string_view, 5> kCriminal = {
    "Hij moet pakketjes rondbrengen voor een oudere man.", "Zijn bankpas wordt door iemand anders gebruikt.",
    "Hij moet stelen in winkels en het geld afgeven.", "Er zijn telefoonabonnementen op zijn naam afgesloten.",
    "Hij spijbelt veel en heeft opeens veel geld."};
constexpr std::array<std::string_view, 4> kOther = {
    "Ze moet trouwen met iemand die ze niet kent.", "Ze mag het huis niet uit zonder toestemming.",
    "Er wordt gesproken over geld voor een nier.", "Ik weet niet goed wat er precies aan de hand is."};
constexpr std::array<std::string_view, 5> kClosings = {
    "Kunnen jullie hier iets mee?", "Ik hoop dat jullie kunnen helpen.", "Ik wil graag advies over wat ik kan doen.",
    "Bel me gerust als er vragen zijn.", "Ik heb het nog niet aan de politie verteld."};
constexpr std::array<std::string_view, 10> kFirstNames = {"Anna", "Sanne",   "Lisa", "Fatima", "Emma",
                                                          "Daan", "Mohamed", "Jan",  "Pieter", "Kees"};
constexpr std::array<std::string_view, 10> kLastNames = {"de Vries", "Jansen",  "Bakker", "Visser", "Smit",
                                                         "Meijer",   "de Boer", "Mulder", "Bos",    "Yilmaz"};
constexpr std::array<std::string_view, 6> kOrganisations = {
    "Wijkteam", "GGD Flevoland", "Politie Midden-Nederland", "Jeugdzorg", "Huisartsenpraktijk", "Basisschool"};

std::string_view who(std::mt19937_64& random, ExploitationForm form) {
    switch (form) {
        case ExploitationForm::labour:
            return any(random, kWhoLabour);
        case ExploitationForm::sexual:
            return any(random, kWhoSexual);
        case ExploitationForm::criminal:
            return any(random, kWhoCriminal);
        default:
            return any(random, kWhoOther);
    }
}

std::string_view observation(std::mt19937_64& random, ExploitationForm form) {
    switch (form) {
        case ExploitationForm::labour:
            return any(random, kLabour);
        case ExploitationForm::sexual:
            return any(random, kSexual);
        case ExploitationForm::criminal:
            return any(random, kCriminal);
        default:
            return any(random, kOther);
    }
}

std::string email_part(std::string_view text) {
    std::string part;
    for (char c : text) {
        if (c == ' ') continue;
        part += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    return part;
}

}  // namespace

std::string demo_description(std::mt19937_64& random, const StoredSignal& signal) {
    std::string text(any(random, kOpenings));
    text += " Het gaat om ";
    text += who(random, signal.forms.front());
    text += ' ';
    text += any(random, kWhere);
    if (signal.municipality != Municipality::unknown && signal.municipality != Municipality::outside) {
        text += " in ";
        text += info_of(signal.municipality).name;
    }
    text += '.';
    for (ExploitationForm form : signal.forms) {
        text += ' ';
        text += observation(random, form);
    }
    if (random() % 2 == 0) {
        text += ' ';
        text += observation(random, signal.forms.front());
    }
    text += ' ';
    text += any(random, kClosings);
    return text;
}

ContactDetails demo_contact(std::mt19937_64& random, const StoredSignal& signal) {
    ContactDetails contact;
    const std::string_view first = any(random, kFirstNames);
    const std::string_view last = any(random, kLastNames);
    contact.name = std::string(first) + " " + std::string(last);
    if (random() % 3 != 0) {
        contact.phone = "06-";
        for (int i = 0; i < 8; ++i) contact.phone += static_cast<char>('0' + random() % 10);
    }
    if (contact.phone.empty() || random() % 2 == 0)
        contact.email = email_part(first) + "." + email_part(last) + "@example.nl";
    if (signal.reporter_role == ReporterRole::professional) contact.organisation = any(random, kOrganisations);
    return contact;
}

}  // namespace meldpunt::cli
