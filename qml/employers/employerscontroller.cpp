#include "employerscontroller.h"

#include "employerdirectory.h"
#include "employers.h"
#include "errors.h"
#include "format.h"
#include "labels.h"
#include "timeline.h"

namespace fieldnotes::app {

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

struct Directory {
    std::vector<core::EmployerLine> lines;
    core::Date today {};
};

struct EmployerData {
    core::Employer employer;
    std::vector<core::EmployerContact> contacts;
    std::vector<WorkplaceRow> workplaces;
    std::vector<core::TimelineEntry> history;
};

} // namespace

EmployersController::EmployersController(QObject* parent)
    : ScreenController(parent)
{
}

void EmployersController::load()
{
    fetch<Directory>(
        [](core::Store& store) -> core::Result<Directory> {
            Directory data;
            data.today = store.today();
            FN_TRY_ASSIGN(data.lines, core::employerDirectory(store));
            return data;
        },
        [this](Directory& data) { m_employers.setLines(std::move(data.lines), toQDate(data.today)); });
}

EmployerController::EmployerController(QObject* parent)
    : ScreenController(parent)
{
}

void EmployerController::setEmployerId(const QString& id)
{
    if (id == m_employerId)
        return;
    m_employerId = id;
    emit employerIdChanged();
    reload();
}

void EmployerController::load()
{
    const std::string id = m_employerId.toStdString();
    fetch<EmployerData>(
        [id](core::Store& store) -> core::Result<EmployerData> {
            EmployerData data;
            FN_TRY_ASSIGN(data.employer, store.get<core::Employer>(id));
            FN_TRY_ASSIGN(auto sites, core::employerSites(store, id));
            data.contacts = std::move(sites.contacts);
            for (auto& site : sites.workplaces)
                data.workplaces.push_back(WorkplaceRow { std::move(site.workplace), std::move(site.tasks) });
            FN_TRY_ASSIGN(data.history, core::employerHistory(store, id));
            return data;
        },
        [this](EmployerData& data) {
            const core::Employer& e = data.employer;
            m_name = fromStd(e.name);
            m_sector = fromStd(e.sector);
            m_orgNumber = fromStd(e.orgNumber);
            m_address = fromStd(e.address);
            m_needs = fromStd(e.needs);
            m_culture = fromStd(e.culture);
            m_inclusion = fromStd(e.inclusionExperience);
            m_accommodation = fromStd(e.accommodationOptions);
            m_notes = fromStd(e.notes);
            m_followUp = codeString(e.followUpPreference);
            m_riskText = e.riskFlag == core::RiskFlag::None ? QString() : Labels::riskFlag(e.riskFlag);
            emit detailsChanged();
            m_contacts.setContacts(std::move(data.contacts));
            m_workplaces.setWorkplaces(std::move(data.workplaces));
            m_history.setEntries(std::move(data.history));
        });
}

void EmployerController::setFollowUpPreference(const QString& code)
{
    const auto pref = enumFromQString<core::FollowUpPreference>(code);
    if (!pref || code == m_followUp)
        return;
    const std::string id = m_employerId.toStdString();
    write<bool>([id, p = *pref](core::Store& store) {
        return caseOutcome(core::setFollowUpPreference(store, core::actorOf(store), id, p));
    });
}

void EmployerController::addTask(const QString& workplaceId, const QString& title)
{
    if (title.trimmed().isEmpty()) {
        showError(tr("Write what the task is, then add it."));
        return;
    }
    const core::WorkplaceTaskEntry task { m_employerId.toStdString(), workplaceId.toStdString(), title.toStdString(),
        {} };
    write<core::Id>(
        [task](core::Store& store) { return caseOutcome(core::addWorkplaceTask(store, core::actorOf(store), task)); });
}

void EmployerController::addContact(const QString& name, const QString& role, const QString& phone)
{
    if (name.trimmed().isEmpty()) {
        showError(tr("Write the contact person's name, then add them."));
        return;
    }
    const core::EmployerContactEntry c { m_employerId.toStdString(), name.toStdString(), role.toStdString(),
        phone.toStdString(), {} };
    write<core::Id>(
        [c](core::Store& store) { return caseOutcome(core::addEmployerContact(store, core::actorOf(store), c)); });
}

void EmployerController::addWorkplace(const QString& name, const QString& address)
{
    if (name.trimmed().isEmpty()) {
        showError(tr("Write the workplace's name, then add it."));
        return;
    }
    const core::WorkplaceEntry w { m_employerId.toStdString(), name.toStdString(), address.toStdString() };
    write<core::Id>(
        [w](core::Store& store) { return caseOutcome(core::addWorkplace(store, core::actorOf(store), w)); });
}

template<class T> void EmployerController::write(std::function<core::Result<CaseOutcome<T>>(core::Store&)> work)
{
    change<CaseOutcome<T>>(std::move(work), [this](core::Result<CaseOutcome<T>>& r) {
        if (r && r->refusal)
            showError(ErrorText::of(*r->refusal, "employers"));
    });
}

} // namespace fieldnotes::app
