// SPDX-License-Identifier: MIT
#include "ObjectType.h"

namespace assoc {

QString ObjectType::displayName() const {
    if (!pluralLabel.isEmpty())
        return pluralLabel;
    return name.isEmpty() ? id : name;
}

namespace {
struct StandardType {
    const char *id;
    const char *name;
    const char *singular;
    const char *plural;
};
// Ids from HubSpot's object pages and notes §6.
constexpr StandardType standardTypes[] = {
    {"0-1", "contacts", "Contact", "Contacts"},
    {"0-2", "companies", "Company", "Companies"},
    {"0-3", "deals", "Deal", "Deals"},
    {"0-5", "tickets", "Ticket", "Tickets"},
    {"0-7", "products", "Product", "Products"},
    {"0-8", "line_items", "Line item", "Line items"},
    {"0-14", "quotes", "Quote", "Quotes"},
    {"0-18", "communications", "Communication", "Communications"},
    {"0-19", "feedback_submissions", "Feedback submission", "Feedback submissions"},
    {"0-27", "tasks", "Task", "Tasks"},
    {"0-35", "campaigns", "Campaign", "Campaigns"},
    {"0-46", "notes", "Note", "Notes"},
    {"0-47", "meetings", "Meeting", "Meetings"},
    {"0-48", "calls", "Call", "Calls"},
    {"0-49", "emails", "Email", "Emails"},
    {"0-53", "invoices", "Invoice", "Invoices"},
    {"0-54", "marketing_events", "Marketing event", "Marketing events"},
    {"0-69", "subscriptions", "Subscription", "Subscriptions"},
    {"0-74", "goal_targets", "Goal", "Goals"},
    {"0-101", "payments", "Payment", "Payments"},
    {"0-115", "users", "User", "Users"},
    {"0-116", "postal_mail", "Postal mail", "Postal mail"},
    {"0-123", "orders", "Order", "Orders"},
    {"0-136", "leads", "Lead", "Leads"},
    {"0-162", "services", "Service", "Services"},
    {"0-410", "courses", "Course", "Courses"},
    {"0-420", "listings", "Listing", "Listings"},
    {"0-421", "appointments", "Appointment", "Appointments"},
};

QString singularOf(const QString &plural) {
    if (plural.endsWith(QLatin1String("ies")))
        return plural.left(plural.size() - 3) + QLatin1Char('y');
    if (plural.endsWith(QLatin1Char('s')))
        return plural.left(plural.size() - 1);
    return plural;
}
} // namespace

const QList<ObjectType> &StandardObjectTypes::all() {
    static const QList<ObjectType> types = [] {
        QList<ObjectType> out;
        for (const StandardType &t : standardTypes) {
            out.append(ObjectType{QLatin1String(t.id), QLatin1String(t.name),
                                  QLatin1String(t.singular), QLatin1String(t.plural), QString(),
                                  false});
        }
        return out;
    }();
    return types;
}

std::optional<ObjectType> StandardObjectTypes::find(const QString &idOrName) {
    const QString wanted = idOrName.trimmed().toLower();
    for (const ObjectType &t : all()) {
        if (t.id == wanted || t.name == wanted || singularOf(t.name) == wanted)
            return t;
    }
    return std::nullopt;
}

} // namespace assoc
