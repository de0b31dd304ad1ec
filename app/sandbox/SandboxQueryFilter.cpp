// SPDX-License-Identifier: Apache-2.0

#include "SandboxQueryFilter.h"

#include "SandboxJson.h"
#include "SandboxParameters.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <type_traits>

using namespace Qt::StringLiterals;

bool SandboxQueryFilter::parse(
    const SandboxParameters &parameters, const QList<Field> &fields, QString *error)
{
    static const QRegularExpression pattern(u"^([A-Za-z_.]+)(?:\\[([A-Za-z]+)\\])?$"_s);
    static const QHash<QString, Op> operators {
        { u"lt"_s, Op::Lt },
        { u"lte"_s, Op::Lte },
        { u"gt"_s, Op::Gt },
        { u"gte"_s, Op::Gte },
        { u"ne"_s, Op::Ne },
        { u"in"_s, Op::In },
        { u"nin"_s, Op::Nin },
        { u"all"_s, Op::All },
        { u"ctn"_s, Op::Ctn },
    };

    for (const auto &[name, value] : parameters.items()) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        int field = -1;
        for (int i = 0; i < fields.size(); ++i) {
            if (fields.at(i).name == match.captured(1))
                field = i;
        }
        if (field < 0)
            continue;

        Condition condition;
        condition.field = field;
        condition.kind = fields.at(field).kind;
        const QString opName = match.captured(2);
        if (!opName.isEmpty()) {
            const auto op = operators.constFind(opName.toLower());
            if (op == operators.cend()) {
                *error = name;
                return false;
            }
            condition.op = *op;
        }
        const bool listOp
            = condition.op == Op::In || condition.op == Op::Nin || condition.op == Op::All;
        condition.texts = listOp ? value.split(u',', Qt::SkipEmptyParts) : QStringList { value };
        for (QString &text : condition.texts)
            text = text.trimmed();

        if (condition.kind != Kind::Text && condition.op != Op::Ctn) {
            for (const QString &text : std::as_const(condition.texts)) {
                qint64 number = 0;
                bool ok = false;
                if (condition.kind == Kind::Time)
                    ok = SandboxJson::parseTime(text, &number);
                else
                    number = text.toLongLong(&ok);
                if (!ok) {
                    *error = name;
                    return false;
                }
                condition.numbers.append(number);
            }
        }
        m_conditions.append(condition);
    }
    return true;
}

template<typename T>
bool SandboxQueryFilter::compare(Op op, const T &actual, const QList<T> &wanted)
{
    const T first = wanted.value(0);
    switch (op) {
    case Op::Eq:
        return actual == first;
    case Op::Ne:
        return actual != first;
    case Op::Lt:
        return actual < first;
    case Op::Lte:
        return actual <= first;
    case Op::Gt:
        return actual > first;
    case Op::Gte:
        return actual >= first;
    case Op::In:
        return wanted.contains(actual);
    case Op::Nin:
        return !wanted.contains(actual);
    case Op::All:
        return !wanted.isEmpty() && wanted.count(actual) == wanted.size();
    case Op::Ctn:
        if constexpr (std::is_same_v<T, QString>)
            return actual.contains(first, Qt::CaseInsensitive);
        else
            return false;
    }
    return false;
}

bool SandboxQueryFilter::matches(const Condition &condition, const Value &value)
{
    if (value.isNull)
        return condition.op == Op::Ne || condition.op == Op::Nin;

    switch (condition.kind) {
    case Kind::Text:
        return compare(condition.op, value.text, condition.texts);
    case Kind::Number:
    case Kind::Time:
        if (condition.op == Op::Ctn)
            return QString::number(value.number).contains(condition.texts.value(0));
        return compare(condition.op, value.number, condition.numbers);
    case Kind::NumberList: {
        static const QList<qint64> none;
        const QList<qint64> &actual = value.numbers ? *value.numbers : none;
        switch (condition.op) {
        case Op::Eq:
        case Op::In:
            return std::any_of(actual.cbegin(), actual.cend(),
                [&](qint64 a) { return condition.numbers.contains(a); });
        case Op::Ne:
        case Op::Nin:
            return std::none_of(actual.cbegin(), actual.cend(),
                [&](qint64 a) { return condition.numbers.contains(a); });
        case Op::All:
            return std::all_of(condition.numbers.cbegin(), condition.numbers.cend(),
                [&](qint64 w) { return actual.contains(w); });
        default:
            return std::any_of(actual.cbegin(), actual.cend(),
                [&](qint64 a) { return compare(condition.op, a, condition.numbers); });
        }
    }
    }
    return false;
}
