# SPDX-License-Identifier: Apache-2.0

# Run by cpack after the install step, on what is about to be packaged. Signs with the identity
# the workflow imported from its optional secrets, and does nothing without one (the macOS
# bundle keeps the ad-hoc signature of the deploy step):
#   QBMOD_CODESIGN_IDENTITY       macOS: a "Developer ID Application: …" identity in the keychain
#   QBMOD_AUTHENTICODE_THUMBPRINT Windows: the SHA-1 thumbprint of a certificate in the user store
# Neither is a secret; the keys stay in the keychain or certificate store.
set(staging "${CPACK_TEMPORARY_INSTALL_DIRECTORY}")

if(APPLE AND NOT "$ENV{QBMOD_CODESIGN_IDENTITY}" STREQUAL "")
    file(GLOB bundles "${staging}/*.app" "${staging}/*/*.app")
    foreach(bundle IN LISTS bundles)
        message(STATUS "Signing ${bundle} as $ENV{QBMOD_CODESIGN_IDENTITY}")
        execute_process(COMMAND codesign --force --deep --timestamp --options runtime
            --sign "$ENV{QBMOD_CODESIGN_IDENTITY}" "${bundle}" COMMAND_ERROR_IS_FATAL ANY)
    endforeach()
elseif(WIN32 AND NOT "$ENV{QBMOD_AUTHENTICODE_THUMBPRINT}" STREQUAL "")
    file(GLOB_RECURSE binaries "${staging}/*.exe" "${staging}/*.dll")
    message(STATUS "Signing ${binaries}")
    execute_process(COMMAND signtool sign /sha1 "$ENV{QBMOD_AUTHENTICODE_THUMBPRINT}" /fd SHA256
        /tr http://timestamp.digicert.com /td SHA256 ${binaries} COMMAND_ERROR_IS_FATAL ANY)
endif()
