// SPDX-License-Identifier: MIT
#include "HubSpotDefinedTypes.h"

#include "FakePortalState.h"

using namespace Qt::StringLiterals;

namespace assoc::fake {

namespace {

// One pair: a->b has `forward`, b->a has `inverse` (0 for a same-object type with one id).
struct Pair {
    const char16_t *a;
    const char16_t *b;
    int forward;
    int inverse;
    const char16_t *forwardLabel = nullptr; // nullptr = unlabeled (JSON null)
    const char16_t *inverseLabel = nullptr;
};

constexpr const char16_t *kContact = u"0-1", *kCompany = u"0-2", *kDeal = u"0-3", *kTicket = u"0-5",
                         *kLineItem = u"0-8", *kQuote = u"0-14", *kCommunication = u"0-18",
                         *kFeedback = u"0-19", *kTask = u"0-27", *kNote = u"0-46",
                         *kMeeting = u"0-47", *kCall = u"0-48", *kEmail = u"0-49",
                         *kPostalMail = u"0-116";

constexpr Pair kPairs[] = {
    // Notes §6.
    {kContact, kCompany, 1, 2, u"Primary", u"Primary"},
    {kContact, kCompany, 279, 280},
    {kDeal, kContact, 3, 4},
    {kDeal, kCompany, 5, 6, u"Primary", u"Primary"},
    {kDeal, kCompany, 341, 342},
    {kCompany, kCompany, 13, 14, u"Child Company", u"Parent Company"},
    {kContact, kTicket, 15, 16},
    {kDeal, kLineItem, 19, 20},
    {kCompany, kTicket, 25, 26, u"Primary", u"Primary"},
    {kCompany, kTicket, 340, 339},
    {kDeal, kTicket, 27, 28},
    {kContact, kContact, 449, 0},
    {kCompany, kCompany, 450, 0},
    {kDeal, kDeal, 451, 0},
    {kTicket, kTicket, 452, 0},
    // Notes: "quotes 63-72", per pair from the SDK enum (65 and 66 are not in it).
    {kDeal, kQuote, 63, 64},
    {kQuote, kLineItem, 67, 68},
    {kQuote, kContact, 69, 70},
    {kQuote, kCompany, 71, 72},
    // Notes: "calls/emails/meetings/notes/tasks 181-230", per pair from the SDK enum.
    {kCompany, kCall, 181, 182},
    {kCompany, kEmail, 185, 186},
    {kCompany, kMeeting, 187, 188},
    {kCompany, kNote, 189, 190},
    {kCompany, kTask, 191, 192},
    {kContact, kCall, 193, 194},
    {kContact, kEmail, 197, 198},
    {kContact, kMeeting, 199, 200},
    {kContact, kNote, 201, 202},
    {kContact, kTask, 203, 204},
    {kDeal, kCall, 205, 206},
    {kDeal, kEmail, 209, 210},
    {kDeal, kMeeting, 211, 212},
    {kDeal, kNote, 213, 214},
    {kDeal, kTask, 215, 216},
    {kQuote, kTask, 217, 218},
    {kTicket, kCall, 219, 220},
    {kTicket, kEmail, 223, 224},
    {kTicket, kMeeting, 225, 226},
    {kTicket, kNote, 227, 228},
    {kTicket, kTask, 229, 230},
    // Notes: "postal mail 453-460", per pair from the SDK enum.
    {kPostalMail, kContact, 453, 454},
    {kPostalMail, kTicket, 455, 456},
    {kPostalMail, kDeal, 457, 458},
    {kPostalMail, kCompany, 459, 460},
    // In the SDK enum only (not listed in the notes).
    {kCommunication, kContact, 81, 82},
    {kCommunication, kTicket, 83, 84},
    {kCommunication, kDeal, 85, 86},
    {kCommunication, kCompany, 87, 88},
    {kContact, kFeedback, 97, 98},
    {kTicket, kFeedback, 99, 100},
    {kCall, kMeeting, 399, 400},
};

QString labelOf(const char16_t *text) {
    return text ? QString::fromUtf16(text) : QString();
}

} // namespace

const QList<FakeAssociationType> &HubSpotDefinedTypes::all() {
    static const QList<FakeAssociationType> types = [] {
        const QString category = u"HUBSPOT_DEFINED"_s;
        QList<FakeAssociationType> out;
        for (const Pair &p : kPairs) {
            const QString a = QString::fromUtf16(p.a), b = QString::fromUtf16(p.b);
            out.append({a, b, p.forward, category, labelOf(p.forwardLabel), {}, p.inverse});
            if (p.inverse != 0)
                out.append({b, a, p.inverse, category, labelOf(p.inverseLabel), {}, p.forward});
        }
        return out;
    }();
    return types;
}

void HubSpotDefinedTypes::addTo(FakePortalState &state) {
    for (const auto &t : all()) {
        if (state.objectType(t.fromId) && state.objectType(t.toId))
            state.addAssociationType(t);
    }
}

} // namespace assoc::fake
