#include "web/labels.hpp"

namespace meldpunt::web {

using namespace meldpunt::domain;

std::string_view label_of(ReporterRole role) {
    switch (role) {
        case ReporterRole::resident:
            return "A resident, neighbour, friend or family member";
        case ReporterRole::professional:
            return "A professional, for example a teacher, doctor or youth worker";
        case ReporterRole::victim:
            return "The person it is about: it is about me";
        case ReporterRole::other:
            return "Someone else";
    }
    return "Someone else";
}

std::string_view label_of(Sector sector) {
    switch (sector) {
        case Sector::education:
            return "Education";
        case Sector::healthcare:
            return "Health care";
        case Sector::youth_care:
            return "Youth care";
        case Sector::social_work:
            return "Social work";
        case Sector::municipality:
            return "Municipality";
        case Sector::police_justice:
            return "Police or justice";
        case Sector::employer:
            return "Employer";
        case Sector::other:
            return "Other sector";
    }
    return "Other sector";
}

std::string_view label_of(Anonymity anonymity) {
    switch (anonymity) {
        case Anonymity::anonymous:
            return "Anonymous";
        case Anonymity::shielded:
            return "Known only to the advice and report point";
        case Anonymity::identified:
            return "Known";
    }
    return "Anonymous";
}

std::string_view hint_of(Anonymity anonymity) {
    switch (anonymity) {
        case Anonymity::anonymous:
            return "We do not know who you are. We can only reach you through your mailbox.";
        case Anonymity::shielded:
            return "We know who you are, but we never tell anyone else.";
        case Anonymity::identified:
            return "We may tell the people involved who made the report. If you are a bystander, only with your "
                   "express consent.";
    }
    return "";
}

std::string_view label_of(ExploitationForm form) {
    switch (form) {
        case ExploitationForm::sexual:
            return "Sexual exploitation";
        case ExploitationForm::labour:
            return "Labour exploitation";
        case ExploitationForm::criminal:
            return "Criminal exploitation";
        case ExploitationForm::other:
            return "Another form";
        case ExploitationForm::unknown:
            return "I don't know";
    }
    return "I don't know";
}

std::string_view hint_of(ExploitationForm form) {
    switch (form) {
        case ExploitationForm::sexual:
            return "Forced sex work, also online: webcam sex, sextortion, spreading nude images, loverboys.";
        case ExploitationForm::labour:
            return "Work under very bad conditions, for example in farming, building, cleaning, hotels and "
                   "restaurants, or in a household.";
        case ExploitationForm::criminal:
            return "Forced to commit crimes: drug running, theft, pickpocketing, lending a bank account, begging.";
        case ExploitationForm::other:
            return "For example organ removal or forced marriage.";
        case ExploitationForm::unknown:
            return "You are worried, but not sure what kind of exploitation it is.";
    }
    return "";
}

std::string_view label_of(SignalGroup group) {
    switch (group) {
        case SignalGroup::general:
            return "Signals for every form";
        case SignalGroup::sexual:
            return "Signals of sexual exploitation";
        case SignalGroup::labour:
            return "Signals of labour exploitation";
        case SignalGroup::criminal:
            return "Signals of criminal exploitation";
        case SignalGroup::school:
            return "Signals at school";
    }
    return "";
}

std::string_view label_of(MinorsInvolved answer) {
    switch (answer) {
        case MinorsInvolved::yes:
            return "Yes";
        case MinorsInvolved::no:
            return "No";
        case MinorsInvolved::unknown:
            return "I don't know";
    }
    return "I don't know";
}

std::string_view label_of(Status status) {
    switch (status) {
        case Status::new_signal:
            return "Received, not picked up yet";
        case Status::safety_assessment:
            return "We are assessing safety";
        case Status::decided:
            return "We have decided on the next steps";
        case Status::referred:
            return "Referred to a partner organisation";
        case Status::handed_over:
            return "Handed over to care or a partner";
        case Status::conditions_follow_up:
            return "Safety agreements and follow-up";
        case Status::investigation:
            return "We are investigating";
        case Status::monitoring:
            return "We keep an eye on the situation";
        case Status::closed:
            return "Closed";
    }
    return "";
}

std::string_view label_of(SignalKind kind) {
    return kind == SignalKind::report ? "A report" : "An advice question";
}

std::string_view label_of(MessageAuthor author) {
    return author == MessageAuthor::reporter ? "You" : "Advice and report point";
}

std::string_view label_of(Municipality municipality) {
    if (municipality == Municipality::outside) return "Outside Flevoland";
    if (municipality == Municipality::unknown) return "I don't know";
    return info_of(municipality).name;  // proper names need no translation
}

}  // namespace meldpunt::web
