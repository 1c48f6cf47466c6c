// What every draft form shares (DraftFormController), through a small form of its own: a draft is
// written as it is typed and when the form is left, filling the form from a draft is not typing,
// a save runs once however often it is tapped, an incomplete form is refused without running the
// use case, a refusal is shown in the person's words, and a saved form writes no draft again.
#include "appfixture.h"
#include "draftformcontroller.h"
#include "errors.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace fieldnotes;
using namespace fieldnotes::app;
using namespace fieldnotes::test;

namespace {

// One text field. Saving runs `outcome` on the store thread; the draft is removed there, as the
// use cases of the real forms do in their transaction.
class NoteForm : public DraftFormController {
    Q_OBJECT
public:
    explicit NoteForm(QObject* parent = nullptr)
        : DraftFormController("test_note", "participants", parent)
    {
    }

    QString text() const { return m_text; }
    void setText(const QString& text) { set(m_text, text); }
    QString missingText() const override
    {
        return m_text.trimmed().isEmpty() ? QStringLiteral("Write the note.") : QString();
    }

    std::atomic<int> runs { 0 }; // how often the use case ran on the store thread
    int useCasesMade = 0;
    std::optional<core::CaseError> refuse;

protected:
    QJsonObject toDraft() const override { return { { QStringLiteral("text"), m_text } }; }
    // Through set(), as a form that reuses its setters would: still not an edit.
    void applyDraft(const QJsonObject& o) override { setText(o.value(QStringLiteral("text")).toString()); }
    UseCase useCase() override
    {
        ++useCasesMade;
        const std::string draft = draftId().toStdString();
        return [this, draft, refusal = refuse](core::Store& store) -> core::CaseResult<core::Id> {
            ++runs;
            if (refusal)
                return tl::unexpected(*refusal);
            if (!draft.empty())
                if (auto gone = store.discardDraft(draft); !gone)
                    return tl::unexpected(core::CaseError { core::Refusal::StoreFailed, {}, gone.error() });
            return core::Id("00000000-0000-4000-8000-00000000000a");
        };
    }

private:
    QString m_text;
};

std::optional<core::Draft> storedDraft(AppFixture& f, const QString& id)
{
    auto d = f.onStore<std::optional<core::Draft>>([id = id.toStdString()](core::Store& s) { return s.draft(id); });
    return d ? *d : std::nullopt;
}

QString textOf(const core::Draft& d)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(d.payload))
        .object()
        .value(QStringLiteral("text"))
        .toString();
}

// Longer than the pause after which a draft is written on its own.
void pastThePause()
{
    QTest::qWait(900);
}

} // namespace

class TestDraftForm : public QObject {
    Q_OBJECT

private slots:
    void aDraftIsWrittenAfterAPauseAndWhenTheFormIsLeft()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        QString id;
        {
            NoteForm form;
            form.setText(QStringLiteral("set by the page while it builds the form")); // not typing
            complete(form);
            QVERIFY(waitFor([&] { return form.ready(); }));
            pastThePause();
            QVERIFY(form.draftId().isEmpty());

            QSignalSpy written(&form, &DraftFormController::draftSaved);
            form.setText(QStringLiteral("Første utkast"));
            QVERIFY(waitFor([&] { return written.count() == 1; }));
            id = form.draftId();
            QVERIFY(!id.isEmpty());
            form.setText(QStringLiteral("Skrevet rett før siden lukkes")); // left before the pause
        }
        const auto draft = storedDraft(f, id);
        QVERIFY(draft);
        QCOMPARE(draft->kind, std::string("test_note"));
        QCOMPARE(textOf(*draft), QStringLiteral("Skrevet rett før siden lukkes"));
    }

    void fillingTheFormFromADraftIsNotAnEdit()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        const QString id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
        QVERIFY(f.onStore<bool>([id](core::Store& s) -> core::Result<bool> {
            FN_TRY(s.saveDraft({ id.toStdString(), "test_note", {}, 0, R"({"text":"Fra utkastet"})" }));
            return true;
        }));
        NoteForm form;
        QSignalSpy written(&form, &DraftFormController::draftSaved);
        form.setDraftId(id);
        complete(form);
        QVERIFY(waitFor([&] { return form.text() == QStringLiteral("Fra utkastet"); }));
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.saveDraft(); // nothing typed: nothing to write
        pastThePause();
        QCOMPARE(written.count(), 0);

        form.setText(QStringLiteral("Fra utkastet, og mer"));
        form.saveDraft();
        QVERIFY(waitFor([&] { return written.count() == 1; }));
        QCOMPARE(form.draftId(), id); // the same draft, not a new one
        QCOMPARE(textOf(*storedDraft(f, id)), QStringLiteral("Fra utkastet, og mer"));
    }

    void anIncompleteFormIsRefusedWithoutRunningTheUseCase()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        NoteForm form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        QSignalSpy saved(&form, &DraftFormController::saved);
        form.save();
        QCOMPARE(form.errorText(), QStringLiteral("Write the note."));
        QVERIFY(!form.saving());
        QCOMPARE(form.useCasesMade, 0);
        pastThePause();
        QCOMPARE(form.runs.load(), 0);
        QCOMPARE(saved.count(), 0);
    }

    void aSecondTapWhileSavingDoesNothing()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        NoteForm form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setText(QStringLiteral("Lagres én gang"));
        QSignalSpy saved(&form, &DraftFormController::saved);
        form.save();
        QVERIFY(form.saving());
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QVERIFY(!form.saving());
        form.save(); // saved: a later tap does nothing either
        pastThePause();
        QCOMPARE(form.runs.load(), 1);
        QCOMPARE(form.useCasesMade, 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toString(), QStringLiteral("00000000-0000-4000-8000-00000000000a"));
    }

    void aRefusalIsShownInThePersonsWordsAndTheFormStaysOpen()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        NoteForm form;
        complete(form);
        QVERIFY(waitFor([&] { return form.ready(); }));
        form.setText(QStringLiteral("Nektes"));
        form.refuse = core::caseRefusal(core::Refusal::NotAllowed, "not their participant");
        QSignalSpy saved(&form, &DraftFormController::saved);
        form.save();
        QVERIFY(waitFor([&] { return !form.saving(); }));
        QCOMPARE(form.errorText(), ErrorText::of(*form.refuse));
        QCOMPARE(saved.count(), 0);

        form.refuse.reset(); // the person fixes it and taps again
        form.save();
        QVERIFY(waitFor([&] { return saved.count() == 1; }));
        QCOMPARE(form.runs.load(), 2);
    }

    void afterSavingNoDraftIsWrittenAgain()
    {
        AppFixture f;
        QVERIFY(f.unlock());
        QString id;
        {
            NoteForm form;
            complete(form);
            QVERIFY(waitFor([&] { return form.ready(); }));
            QSignalSpy written(&form, &DraftFormController::draftSaved);
            form.setText(QStringLiteral("Til lagring"));
            form.saveDraft();
            QVERIFY(waitFor([&] { return written.count() == 1; }));
            id = form.draftId();
            QVERIFY(storedDraft(f, id));

            QSignalSpy saved(&form, &DraftFormController::saved);
            form.save();
            QVERIFY(waitFor([&] { return saved.count() == 1; }));
            QVERIFY(!storedDraft(f, id));

            form.setText(QStringLiteral("Etter lagring")); // the page may still be open
            form.saveDraft();
            f.session().lock();
            QVERIFY(f.unlock());
            pastThePause();
            QCOMPARE(written.count(), 1);
        } // nor when the form is left
        QVERIFY(!storedDraft(f, id));
    }
};

QTEST_GUILESS_MAIN(TestDraftForm)
#include "tst_draftform.moc"
