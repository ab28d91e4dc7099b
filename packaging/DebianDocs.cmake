# SPDX-License-Identifier: MIT
# What a Debian package carries in /usr/share/doc/<package>: the machine-readable copyright file
# (DEP-5), made from LICENSE; the Debian changelog, made from CHANGELOG.md by
# debian/make-changelog.sh; and CHANGELOG.md itself as the upstream changelog. Both changelogs
# are gzipped with -9n, as Debian wants them. Also lintian's overrides, each with its reason.
#
# Sets ASSOC_DEBIAN_REVISION (the "-1" of 0.1.0-1) and ASSOC_RELEASE_EPOCH, the date of the
# newest changelog entry and of the manual pages: SOURCE_DATE_EPOCH when the build sets it
# (reproducible builds), else the time of the last commit, else now.
set(ASSOC_DEBIAN_REVISION 1 CACHE STRING
    "Debian revision of the package: the 1 of ${PROJECT_VERSION}-1; raise it to rebuild a version")

if(DEFINED ENV{SOURCE_DATE_EPOCH})
    set(ASSOC_RELEASE_EPOCH "$ENV{SOURCE_DATE_EPOCH}")
else()
    find_package(Git QUIET)
    if(GIT_FOUND)
        execute_process(COMMAND "${GIT_EXECUTABLE}" log -1 --format=%ct
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            OUTPUT_VARIABLE ASSOC_RELEASE_EPOCH
            OUTPUT_STRIP_TRAILING_WHITESPACE
            RESULT_VARIABLE git_result
            ERROR_QUIET)
        if(NOT git_result EQUAL 0)
            set(ASSOC_RELEASE_EPOCH "")
        endif()
    endif()
    if(NOT ASSOC_RELEASE_EPOCH)
        string(TIMESTAMP ASSOC_RELEASE_EPOCH "%s" UTC)
    endif()
endif()

set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/${ASSOC_PACKAGE_NAME}")
set(debian_dir "${CMAKE_CURRENT_BINARY_DIR}/debian")

# copyright: "Copyright (c) <years> <holders>" and the licence text of LICENSE, the latter as a
# DEP-5 continuation (each line indented by one space, blank lines written " .").
file(READ "${PROJECT_SOURCE_DIR}/LICENSE" license)
if(NOT license MATCHES "Copyright \\(c\\) ([^\n]+)\n")
    message(FATAL_ERROR "packaging: LICENSE has no \"Copyright (c) ...\" line")
endif()
set(ASSOC_COPYRIGHT_HOLDERS "${CMAKE_MATCH_1}")
string(REGEX REPLACE "^.*Copyright \\(c\\) [^\n]+\n[\n]*" "" license_text "${license}")
string(STRIP "${license_text}" license_text)
string(REPLACE "\n" "\n " license_text " ${license_text}")
string(REGEX REPLACE "\n \n" "\n .\n" license_text "${license_text}")
string(REGEX REPLACE "\n \n" "\n .\n" license_text "${license_text}")
set(ASSOC_LICENSE_TEXT "${license_text}")
configure_file("${CMAKE_CURRENT_SOURCE_DIR}/debian/copyright.in" "${debian_dir}/copyright" @ONLY)

add_custom_command(OUTPUT "${debian_dir}/changelog.Debian.gz"
    COMMAND sh "${CMAKE_CURRENT_SOURCE_DIR}/debian/make-changelog.sh"
            "${PROJECT_SOURCE_DIR}/CHANGELOG.md" "${ASSOC_PACKAGE_NAME}"
            "${PROJECT_VERSION}" "${ASSOC_DEBIAN_REVISION}" "${ASSOC_PACKAGE_MAINTAINER}"
            "${ASSOC_RELEASE_EPOCH}" "${debian_dir}/changelog.Debian.gz"
    DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md"
            "${CMAKE_CURRENT_SOURCE_DIR}/debian/make-changelog.sh"
    COMMENT "Writing the Debian changelog from CHANGELOG.md"
    VERBATIM)
add_custom_command(OUTPUT "${debian_dir}/changelog.gz"
    COMMAND gzip -9n < "${PROJECT_SOURCE_DIR}/CHANGELOG.md" > "${debian_dir}/changelog.gz"
    DEPENDS "${PROJECT_SOURCE_DIR}/CHANGELOG.md"
    COMMENT "Compressing the upstream changelog"
    VERBATIM)
add_custom_target(assoc_debian_docs ALL
    DEPENDS "${debian_dir}/changelog.Debian.gz" "${debian_dir}/changelog.gz")

# Component "debian": the RPM leaves these out (CPackProjectConfig.cmake).
install(FILES "${debian_dir}/copyright" "${debian_dir}/changelog.Debian.gz"
              "${debian_dir}/changelog.gz"
    DESTINATION "${doc_dir}"
    COMPONENT debian)
install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/debian/lintian-overrides"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
    RENAME "${ASSOC_PACKAGE_NAME}"
    COMPONENT debian)
