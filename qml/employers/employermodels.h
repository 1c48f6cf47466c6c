// The employer screens' lists: the employer directory, an employer's contact people, and its
// workplaces with the tasks there (the material for job carving).
#pragma once

#include "employerdirectory.h"
#include "listmodel.h"
#include "records.h"

#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace fieldnotes::app {

class EmployersModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by EmployersController")
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
public:
    enum Role {
        EmployerIdRole = Qt::UserRole + 1,
        NameRole,
        SectorRole,
        FollowUpTextRole,
        LastContactTextRole,
        DetailTextRole,
        RiskRole,
        RiskTextRole,
        SummaryTextRole, // sector, follow-up preference and details on one line, the empty ones left out
    };
    Q_ENUM(Role)

    explicit EmployersModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLines(std::vector<core::EmployerLine> lines, const QDate& today);
    QString filterText() const { return m_filter; }
    void setFilterText(const QString& text);

signals:
    void filterTextChanged();

private:
    static QString detailText(const core::EmployerLine& e);
    void applyFilter();
    std::vector<core::EmployerLine> m_all;
    std::vector<core::EmployerLine> m_visible;
    QString m_filter;
    QDate m_today;
};

class EmployerContactsModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by EmployerController")
public:
    enum Role { ContactIdRole = Qt::UserRole + 1, NameRole, RoleTextRole, PhoneRole, EmailRole };
    Q_ENUM(Role)
    explicit EmployerContactsModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setContacts(std::vector<core::EmployerContact> contacts);

private:
    std::vector<core::EmployerContact> m_contacts;
};

struct WorkplaceRow {
    core::Workplace workplace;
    std::vector<core::WorkplaceTask> tasks;
};

class WorkplacesModel : public fieldnotes::app::LocalizedListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by EmployerController")
public:
    enum Role { WorkplaceIdRole = Qt::UserRole + 1, NameRole, AddressRole, PracticalitiesRole, TasksRole };
    Q_ENUM(Role)
    explicit WorkplacesModel(QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setWorkplaces(std::vector<WorkplaceRow> rows);

private:
    std::vector<WorkplaceRow> m_rows;
};

} // namespace fieldnotes::app
