// SPDX-License-Identifier: Apache-2.0

#include "models/DeleteResultModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;

using Result = ItemOutcome::Result;

// Per-dialog results of a bulk delete: rows wait until their outcome arrives, changes are
// announced per run of rows or in one range, "retry failed" picks the right ids, and the
// exports escape what chat users can put in a dialog name.
class TestDeleteResultModel final : public QObject {
    Q_OBJECT

private:
    static Dialog makeDialog(const QString &id, const QString &name)
    {
        Dialog dialog;
        dialog.id = id;
        dialog.name = name;
        return dialog;
    }

    static QList<Dialog> dialogs(int count)
    {
        QList<Dialog> result;
        for (int i = 0; i < count; ++i)
            result.append(makeDialog(u"id%1"_s.arg(i), u"Dialog %1"_s.arg(i)));
        return result;
    }

    static ItemOutcome outcome(const QString &id, Result result, ApiError error = {})
    {
        ItemOutcome outcome;
        outcome.id = id;
        outcome.result = result;
        outcome.error = std::move(error);
        return outcome;
    }

    static QString text(const DeleteResultModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private Q_SLOTS:
    void rowsWaitUntilTheirOutcomeArrives()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &DeleteResultModel::countsChanged);
        model.setDialogs(dialogs(3) + QList<Dialog> { makeDialog(u"id1"_s, u"again"_s) });

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DeleteResultModel::ColumnCount));
        QCOMPARE(text(model, 1, DeleteResultModel::ItemName), u"Dialog 1"_s);
        QCOMPARE(text(model, 1, DeleteResultModel::Id), u"id1"_s);
        QCOMPARE(text(model, 1, DeleteResultModel::Result), u"Waiting"_s);
        QVERIFY(!model.index(1, 0).data(DeleteResultModel::ResultRole).isValid());
        QCOMPARE(model.waitingCount(), 3);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.headerData(DeleteResultModel::Reason, Qt::Horizontal).toString(),
            u"Server's answer"_s);
    }

    void outcomesFillInResultAndReason()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(3));
        const ApiError serverError(ApiError::Kind::Server, 500, { u"database is down"_s });
        model.applyOutcomes(
            { outcome(u"id0"_s, Result::Deleted), outcome(u"id2"_s, Result::Failed, serverError) });

        QCOMPARE(
            text(model, 0, DeleteResultModel::Result), ItemOutcome::resultText(Result::Deleted));
        QCOMPARE(text(model, 0, DeleteResultModel::Reason), QString());
        QCOMPARE(
            text(model, 2, DeleteResultModel::Result), ItemOutcome::resultText(Result::Failed));
        QCOMPARE(text(model, 2, DeleteResultModel::Reason), serverError.message());
        QVERIFY(model.index(2, DeleteResultModel::Reason)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"database is down"_s));
        QCOMPARE(
            model.index(2, 0).data(DeleteResultModel::ResultRole).toInt(), int(Result::Failed));
        QCOMPARE(model.index(2, 0).data(DeleteResultModel::ResultNameRole).toString(), u"failed"_s);
        QCOMPARE(model.index(2, 0).data(DeleteResultModel::IdRole).toString(), u"id2"_s);
        QCOMPARE(model.outcome(u"id2"_s)->result, Result::Failed);
        QVERIFY(!model.outcome(u"id1"_s));
    }

    void scatteredChangesAreAnnouncedPerRun()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(20));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.applyOutcomes({ outcome(u"id9"_s, Result::Deleted),
            outcome(u"id3"_s, Result::Deleted), outcome(u"id4"_s, Result::Deleted) });

        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(3, 0));
        QCOMPARE(
            changed.at(0).at(1).toModelIndex(), model.index(4, DeleteResultModel::ColumnCount - 1));
        QCOMPARE(changed.at(1).at(0).toModelIndex(), model.index(9, 0));
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 9);
    }

    void mostRowsChangingIsOneRange()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(10));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<ItemOutcome> outcomes;
        for (int i = 1; i < 10; i += 1) {
            if (i != 5)
                outcomes.append(outcome(u"id%1"_s.arg(i), Result::Deleted));
        }
        model.applyOutcomes(outcomes);

        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 0));
        QCOMPARE(
            changed.at(0).at(1).toModelIndex(), model.index(9, DeleteResultModel::ColumnCount - 1));
    }

    void theSameOutcomeAgainChangesNothing()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(3));
        model.applyOutcomes({ outcome(u"id1"_s, Result::Deleted) });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy counts(&model, &DeleteResultModel::countsChanged);
        model.applyOutcomes({ outcome(u"id1"_s, Result::Deleted) });
        QCOMPARE(changed.count(), 0);
        QCOMPARE(counts.count(), 0);
        QCOMPARE(model.count(Result::Deleted), 1);
    }

    void outcomesForUnlistedIdsAddRowsInOneInsertion()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(2));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.applyOutcomes(
            { outcome(u"extra1"_s, Result::AlreadyGone), outcome(u"id0"_s, Result::Deleted),
                outcome(u"extra2"_s, Result::Deleted), outcome(u"extra1"_s, Result::Deleted) });

        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2);
        QCOMPARE(inserted.at(0).at(2).toInt(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(text(model, 2, DeleteResultModel::Id), u"extra1"_s);
        QCOMPARE(text(model, 2, DeleteResultModel::ItemName), QString());
        QCOMPARE(model.outcome(u"extra1"_s)->result, Result::Deleted);
        QCOMPARE(model.count(Result::Deleted), 3);
        QCOMPARE(model.count(Result::AlreadyGone), 0);
        QCOMPARE(model.waitingCount(), 1);
    }

    void memberRemovalOutcomesShareTheOneVocabulary()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(4));
        model.applyOutcomes({
            { u"id0"_s, Result::Removed, {} },
            { u"id1"_s, Result::NotMember, {} },
            { u"id2"_s, Result::Unknown, {}, {}, { 0 } },
            { u"id3"_s, Result::NotAttempted, {}, u"owned by protected user 5"_s },
        });
        QCOMPARE(model.count(Result::Removed), 1);
        QCOMPARE(model.count(Result::NotMember), 1);
        QCOMPARE(
            model.index(0, 0).data(DeleteResultModel::ResultNameRole).toString(), u"removed"_s);
        QCOMPARE(
            text(model, 1, DeleteResultModel::Result), ItemOutcome::resultText(Result::NotMember));
        // A guard's reason is shown as the row's reason.
        QCOMPARE(text(model, 3, DeleteResultModel::Reason), u"owned by protected user 5"_s);
        QCOMPARE(model.retryableIds(), (QStringList { u"id2"_s, u"id3"_s }));
        QCOMPARE(model.attemptsSoFar().value(u"id2"_s), QList<int> { 0 });
        QCOMPARE(model.count(Result::AlreadyGone), 0);
        QCOMPARE(model.outcome(u"id0"_s)->result, Result::Removed);
        QCOMPARE(model.toJson().at(0).toObject().value(u"result"_s).toString(), u"removed"_s);
    }

    void messageRowsAreNamedByTheirTextOnOneLine()
    {
        DeleteResultModel model;
        Message message;
        message.id = u"m1"_s;
        message.text = u"buy\ncheap <b>now</b>"_s;
        model.setMessages({ message });
        QCOMPARE(text(model, 0, DeleteResultModel::ItemName), u"buy cheap <b>now</b>"_s);
        QCOMPARE(
            model.headerData(DeleteResultModel::ItemName, Qt::Horizontal).toString(), u"Message"_s);
        model.setDialogs(dialogs(1));
        QCOMPARE(
            model.headerData(DeleteResultModel::ItemName, Qt::Horizontal).toString(), u"Dialog"_s);
    }

    void countsFollowChangingOutcomes()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(5));
        model.applyOutcomes({ outcome(u"id0"_s, Result::Failed), outcome(u"id1"_s, Result::Failed),
            outcome(u"id2"_s, Result::Deleted) });
        QCOMPARE(model.count(Result::Failed), 2);
        QCOMPARE(model.count(Result::Deleted), 1);
        QCOMPARE(model.waitingCount(), 2);
        QCOMPARE(model.retryableIds(), QStringList({ u"id0"_s, u"id1"_s }));

        // A retry that worked moves the row from failed to deleted.
        model.applyOutcomes({ outcome(u"id0"_s, Result::Deleted) });
        QCOMPARE(model.count(Result::Failed), 1);
        QCOMPARE(model.count(Result::Deleted), 2);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(Result::Deleted), 0);
        QCOMPARE(model.waitingCount(), 0);
    }

    void retryPicksTheIdsWithTheGivenResults_data()
    {
        QTest::addColumn<QSet<Result>>("results");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("failed only")
            << QSet<Result> { Result::Failed } << QStringList { u"id1"_s, u"id4"_s };
        QTest::newRow("failed, unknown and not attempted, in row order")
            << QSet<Result> { Result::Failed, Result::Unknown, Result::NotAttempted }
            << QStringList { u"id1"_s, u"id2"_s, u"id4"_s, u"id5"_s };
        QTest::newRow("no results, no ids") << QSet<Result> {} << QStringList {};
        QTest::newRow("waiting rows never count")
            << QSet<Result> { Result::Deleted } << QStringList { u"id0"_s };
    }

    void retryPicksTheIdsWithTheGivenResults()
    {
        QFETCH(QSet<Result>, results);
        QFETCH(QStringList, ids);
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs(dialogs(7));
        model.applyOutcomes(
            { outcome(u"id5"_s, Result::NotAttempted), outcome(u"id4"_s, Result::Failed),
                outcome(u"id0"_s, Result::Deleted), outcome(u"id1"_s, Result::Failed),
                outcome(u"id2"_s, Result::Unknown), outcome(u"id3"_s, Result::NotPermitted) });
        QCOMPARE(model.idsWithResult(results), ids);
    }

    void csvEscapesWhatNamesMayHold_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("field");

        QTest::newRow("plain name as is") << u"Team chat"_s << u"Team chat"_s;
        QTest::newRow("comma is quoted") << u"Smith, John"_s << u"\"Smith, John\""_s;
        QTest::newRow("quotes are doubled and quoted")
            << u"the \"best\" room"_s << u"\"the \"\"best\"\" room\""_s;
        QTest::newRow("line break is quoted") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("carriage return is quoted") << u"a\r\nb"_s << u"\"a\r\nb\""_s;
        QTest::newRow("formula becomes text")
            << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("leading plus, minus and at become text") << u"@admin"_s << u"'@admin"_s;
        QTest::newRow("empty name is an empty field") << QString() << QString();
    }

    void csvEscapesWhatNamesMayHold()
    {
        QFETCH(QString, name);
        QFETCH(QString, field);
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs({ makeDialog(u"65a1"_s, name) });
        model.applyOutcomes({ outcome(u"65a1"_s, Result::Deleted) });

        const QString csv = model.toCsv();
        const QString header = u"Dialog,Id,Result,Server's answer\r\n"_s;
        QVERIFY(csv.startsWith(header));
        QCOMPARE(csv.mid(header.size()),
            field + u",65a1,"_s + ItemOutcome::resultText(Result::Deleted) + u",\r\n"_s);
    }

    void csvQuotesReasonsWithCommas()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs({ makeDialog(u"a"_s, u"A"_s), makeDialog(u"b"_s, u"B"_s) });
        const ApiError error(ApiError::Kind::Validation, 422, { u"bad id, try again"_s });
        model.applyOutcomes({ outcome(u"a"_s, Result::Failed, error) });

        const QStringList lines = model.toCsv().split(u"\r\n"_s);
        QCOMPARE(lines.size(), 4); // header, two rows, and the empty rest after the last CRLF
        QVERIFY(error.message().contains(u','));
        QCOMPARE(lines.at(1),
            u"A,a,"_s + ItemOutcome::resultText(Result::Failed) + u",\""_s + error.message()
                + u'"');
        QCOMPARE(lines.at(2), u"B,b,Waiting,"_s);
        QCOMPARE(lines.at(3), QString());
    }

    void csvBeginsWithTheRunsContextMadeInert()
    {
        DeleteResultModel model;
        model.setDialogs({ makeDialog(u"a"_s, u"A"_s) });
        model.applyOutcomes({ outcome(u"a"_s, Result::Deleted) });
        DeleteResultModel::RunContext context;
        context.journalRunIds = { 7, 9 };
        context.startedAt = QDateTime(QDate(2026, 11, 24), QTime(9, 30), QTimeZone::utc());
        context.mode = u"delete for everyone"_s;
        // Names and reasons come from people: none may run in a spreadsheet.
        context.actingUser = u"@SUM(1) (sum, 12)"_s;
        context.operatorName = u"-mod"_s;
        context.reason = u"+spam"_s;
        context.endpoint = u"https://api.example.com"_s;
        context.applicationId = 42;

        const QStringList lines = model.toCsv(context).split(u"\r\n"_s);
        QCOMPARE(lines.mid(0, 11),
            QStringList({ u"Journal run,7,9"_s, u"Started,2026-11-24T09:30:00.000Z"_s,
                u"Mode,delete for everyone"_s, u"Acting user,\"'@SUM(1) (sum, 12)\""_s,
                u"Operator,'-mod"_s, u"Reason,'+spam"_s, u"Endpoint,https://api.example.com"_s,
                u"Application,42"_s, QString(), u"Dialog,Id,Result,Server's answer"_s,
                u"A,a,"_s + ItemOutcome::resultText(Result::Deleted) + u","_s }));
        // Without a context, the table alone, as before.
        QVERIFY(model.toCsv().startsWith(u"Dialog,Id,Result"_s));
    }

    void jsonUsesStableNames()
    {
        DeleteResultModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDialogs({ makeDialog(u"a"_s, u"A, \"quoted\""_s), makeDialog(u"b"_s, u"B"_s),
            makeDialog(u"c"_s, u"C"_s) });
        const ApiError error(ApiError::Kind::Forbidden, 403, { u"not yours"_s });
        model.applyOutcomes(
            { outcome(u"a"_s, Result::Deleted), outcome(u"b"_s, Result::NotPermitted, error) });

        const QJsonArray json = model.toJson();
        QCOMPARE(json.size(), 3);
        const QJsonObject first = json.at(0).toObject();
        QCOMPARE(first.value(u"id"_s).toString(), u"a"_s);
        QCOMPARE(first.value(u"name"_s).toString(), u"A, \"quoted\""_s);
        QCOMPARE(first.value(u"result"_s).toString(), u"deleted"_s);
        QVERIFY(!first.contains(u"http_status"_s));
        const QJsonObject second = json.at(1).toObject();
        QCOMPARE(second.value(u"result"_s).toString(), u"not_permitted"_s);
        QCOMPARE(second.value(u"http_status"_s).toInt(), 403);
        QCOMPARE(second.value(u"server_messages"_s).toArray().at(0).toString(), u"not yours"_s);
        QCOMPARE(second.value(u"reason"_s).toString(), error.message());
        QVERIFY(json.at(2).toObject().value(u"result"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestDeleteResultModel)
#include "TestDeleteResultModel.moc"
