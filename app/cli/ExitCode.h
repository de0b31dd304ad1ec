// SPDX-License-Identifier: Apache-2.0

#pragma once

// qbmodctl's exit codes, part of its scripting contract.
enum ExitCode : int {
    ExitSuccess = 0, // every id deleted or already gone; a listing completed
    ExitPartial = 1, // some ids not permitted or failed; or the server refused a request
    ExitUsage = 2, // bad arguments or input; nothing was sent
    ExitAuthFailed = 3,
    ExitUnreachable = 4,
};
