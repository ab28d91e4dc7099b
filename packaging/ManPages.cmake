# SPDX-License-Identifier: MIT
# Manual pages for association-studio, assocctl and fake-hubspot, made at build time by help2man
# from each program's own --help and --version, so that they list exactly the options the
# programs accept. What --help does not say (environment, exit status, files, see also) comes
# from packaging/man/<program>.h2m. Installed gzipped (-9n: reproducible) to share/man/man1.
#
# ASSOC_RELEASE_EPOCH (DebianDocs.cmake) dates the pages, as it dates the Debian changelog.
find_program(ASSOC_HELP2MAN help2man)
if(NOT ASSOC_HELP2MAN)
    message(WARNING "packaging: help2man not found (tools/install-deps.sh installs it); "
                    "the packages are built without manual pages")
    return()
endif()
find_program(ASSOC_GZIP gzip REQUIRED)
if(CMAKE_CROSSCOMPILING AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
    message(WARNING "packaging: cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR; the "
                    "programs cannot run here, so no manual pages are made")
    return()
endif()

set(man_dir "${CMAKE_CURRENT_BINARY_DIR}/man")
set(man_outputs "")
foreach(program association-studio assocctl fake-hubspot)
    if(NOT TARGET ${program})
        continue()
    endif()
    set(include_file "${CMAKE_CURRENT_SOURCE_DIR}/man/${program}.h2m")
    set(page "${man_dir}/${program}.1")
    # The app's --version names it "Association Studio" (its settings' name), which help2man
    # would take as the program's name; the others print "<program> <version>" themselves.
    set(version_option "")
    if(program STREQUAL "association-studio")
        set(version_option "--version-string=${program} ${PROJECT_VERSION}")
    endif()
    # Run by its name from PATH, so that the usage line Qt prints names no build directory;
    # in the C.UTF-8 locale, so that the text is English and its arrows survive; offscreen, so
    # that no display is needed.
    add_custom_command(OUTPUT "${page}.gz"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${man_dir}"
        COMMAND "${CMAKE_COMMAND}" -E env
                "PATH=$<TARGET_FILE_DIR:${program}>:/usr/bin:/bin"
                QT_QPA_PLATFORM=offscreen
                "SOURCE_DATE_EPOCH=${ASSOC_RELEASE_EPOCH}"
                "${ASSOC_HELP2MAN}" --no-info --section=1 --locale=C.UTF-8
                "--include=${include_file}" ${version_option}
                "--output=${page}" $<TARGET_FILE_NAME:${program}>
        COMMAND "${ASSOC_GZIP}" -9nf "${page}"
        DEPENDS ${program} "${include_file}"
        COMMENT "Writing the manual page of ${program}"
        VERBATIM)
    list(APPEND man_outputs "${page}.gz")
endforeach()
add_custom_target(assoc_man_pages ALL DEPENDS ${man_outputs})
set_target_properties(assoc_man_pages PROPERTIES ASSOC_MAN_DIR "${man_dir}")
install(FILES ${man_outputs} DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
