// The app's QML modules are static libraries: an executable that loads them imports their plugins.
// Include once per executable (main() of the app, of the QML tests and of the benchmarks).
#pragma once

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Fieldnotes_BasePlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_UnlockPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_CaseloadPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_ParticipantPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_VisitPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_EmployersPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_MentorPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_SyncPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_SettingsPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_DocumentsPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_ReflectionPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_FidelityPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_ReviewPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_FiguresPlugin)
Q_IMPORT_QML_PLUGIN(Fieldnotes_AppPlugin)
