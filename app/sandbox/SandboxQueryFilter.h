// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class SandboxParameters;

// The chat service's query filters: field=value and field[op]=value with the operators lt, lte,
// gt, gte, ne, in, nin, all and ctn (comma lists for in, nin and all). Array fields follow
// MongoDB: equality means "contains". Conditions are ANDed.
class SandboxQueryFilter final {
public:
    enum class Kind { Number, Time, Text, NumberList };

    struct Field {
        QString name;
        Kind kind;
    };

    // A field's value on one item, filled in by the caller's accessor.
    struct Value {
        bool isNull = false;
        qint64 number = 0;
        QString text;
        const QList<qint64> *numbers = nullptr;
    };

    // Reads the parameters naming one of fields; anything else is left to the caller. False,
    // with the offending parameter in *error, for an unknown operator or a value of the wrong
    // type.
    bool parse(const SandboxParameters &parameters, const QList<Field> &fields, QString *error);
    bool isEmpty() const { return m_conditions.isEmpty(); }

    template<typename Accessor> bool matches(Accessor valueOf) const
    {
        for (const Condition &condition : m_conditions) {
            if (!matches(condition, valueOf(condition.field)))
                return false;
        }
        return true;
    }

private:
    enum class Op { Eq, Ne, Lt, Lte, Gt, Gte, In, Nin, All, Ctn };

    struct Condition {
        int field = 0;
        Kind kind = Kind::Text;
        Op op = Op::Eq;
        QStringList texts;
        QList<qint64> numbers;
    };

    static bool matches(const Condition &condition, const Value &value);
    // One comparison for numbers and texts; only ctn is text alone (a number never matches it).
    template<typename T> static bool compare(Op op, const T &actual, const QList<T> &wanted);

    QList<Condition> m_conditions;
};
