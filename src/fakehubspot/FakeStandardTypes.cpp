// SPDX-License-Identifier: MIT
#include "FakeStandardTypes.h"

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

struct Row {
    const char16_t *id;
    const char16_t *name;
    const char16_t *plural;
    const char16_t *singularLabel;
    const char16_t *pluralLabel;
    // From the OpenAPI files' security lists where they name one; otherwise the
    // crm.objects.<plural>.read pattern, which HubSpot documents nowhere for that type.
    const char16_t *readScope;
    bool nameInDocs;
};

// Ids: notes §6 (HubSpot's object pages for 0-1, 0-2, 0-3, 0-5, 0-35, 0-74, 0-136).
constexpr Row kRows[] = {
    {u"0-1", u"contact", u"contacts", u"Contact", u"Contacts", u"crm.objects.contacts.read", true},
    {u"0-2", u"company", u"companies", u"Company", u"Companies", u"crm.objects.companies.read",
     true},
    {u"0-3", u"deal", u"deals", u"Deal", u"Deals", u"crm.objects.deals.read", true},
    {u"0-5", u"ticket", u"tickets", u"Ticket", u"Tickets", u"tickets", true},
    {u"0-7", u"product", u"products", u"Product", u"Products", u"crm.objects.products.read", false},
    {u"0-8", u"line_item", u"line_items", u"Line item", u"Line items",
     u"crm.objects.line_items.read", false},
    {u"0-14", u"quote", u"quotes", u"Quote", u"Quotes", u"crm.objects.quotes.read", false},
    {u"0-18", u"communication", u"communications", u"Communication", u"Communications",
     u"crm.objects.communications.read", false},
    {u"0-19", u"feedback_submission", u"feedback_submissions", u"Feedback submission",
     u"Feedback submissions", u"crm.objects.feedback_submissions.read", false},
    {u"0-27", u"task", u"tasks", u"Task", u"Tasks", u"crm.objects.tasks.read", false},
    {u"0-35", u"campaign", u"campaigns", u"Campaign", u"Campaigns", u"crm.objects.campaigns.read",
     false},
    {u"0-46", u"note", u"notes", u"Note", u"Notes", u"crm.objects.notes.read", true},
    {u"0-47", u"meeting", u"meetings", u"Meeting", u"Meetings", u"crm.objects.meetings.read",
     false},
    {u"0-48", u"call", u"calls", u"Call", u"Calls", u"crm.objects.calls.read", false},
    {u"0-49", u"email", u"emails", u"Email", u"Emails", u"crm.objects.emails.read", false},
    {u"0-53", u"invoice", u"invoices", u"Invoice", u"Invoices", u"crm.objects.invoices.read",
     false},
    {u"0-54", u"marketing_event", u"marketing_events", u"Marketing event", u"Marketing events",
     u"crm.objects.marketing_events.read", false},
    {u"0-69", u"subscription", u"subscriptions", u"Subscription", u"Subscriptions",
     u"crm.objects.subscriptions.read", false},
    {u"0-74", u"goal_target", u"goal_targets", u"Goal", u"Goals", u"crm.objects.goals.read", false},
    {u"0-101", u"payment", u"payments", u"Payment", u"Payments",
     u"crm.objects.commercepayments.read", false},
    {u"0-115", u"user", u"users", u"User", u"Users", u"crm.objects.users.read", false},
    {u"0-116", u"postal_mail", u"postal_mail", u"Postal mail", u"Postal mail",
     u"crm.objects.postal_mail.read", false},
    {u"0-123", u"order", u"orders", u"Order", u"Orders", u"crm.objects.orders.read", false},
    {u"0-136", u"lead", u"leads", u"Lead", u"Leads", u"crm.objects.leads.read", false},
    {u"0-162", u"service", u"services", u"Service", u"Services", u"crm.objects.services.read",
     false},
    {u"0-410", u"course", u"courses", u"Course", u"Courses", u"crm.objects.courses.read", false},
    {u"0-420", u"listing", u"listings", u"Listing", u"Listings", u"crm.objects.listings.read",
     false},
    {u"0-421", u"appointment", u"appointments", u"Appointment", u"Appointments",
     u"crm.objects.appointments.read", false},
};

} // namespace

const QList<FakeObjectType> &FakeStandardTypes::all() {
    static const QList<FakeObjectType> types = [] {
        const QDateTime created(QDate(2024, 3, 14), QTime(9, 30), Qt::UTC);
        QList<FakeObjectType> out;
        for (const Row &r : kRows) {
            FakeObjectType t;
            t.id = QString::fromUtf16(r.id);
            t.name = QString::fromUtf16(r.name);
            t.pluralName = QString::fromUtf16(r.plural);
            t.singularLabel = QString::fromUtf16(r.singularLabel);
            t.pluralLabel = QString::fromUtf16(r.pluralLabel);
            t.readScope = QString::fromUtf16(r.readScope);
            t.nameInDocs = r.nameInDocs;
            t.createdAt = created;
            out.append(t);
        }
        return out;
    }();
    return types;
}

const FakeObjectType *FakeStandardTypes::find(const QString &id) {
    for (const auto &t : all()) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

bool FakeStandardTypes::isCore(const QString &id) {
    return id == u"0-1" || id == u"0-2" || id == u"0-3" || id == u"0-5";
}

} // namespace assoc::fake
