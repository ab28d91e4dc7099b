# SPDX-License-Identifier: MIT
# Shell completion for assocctl: written at build time by assocctl itself (`assocctl completion
# SHELL`, src/cli/Completion.cpp) from its own command catalogue, so that it never drifts from
# the commands and options, and installed where bash-completion, zsh and fish look for it.
# The target assoc_shell_completion carries each script's path (ASSOC_<SHELL>_SCRIPT) for the
# tests.
if(NOT TARGET assocctl)
    return()
endif()
if(CMAKE_CROSSCOMPILING AND NOT CMAKE_CROSSCOMPILING_EMULATOR)
    message(WARNING "packaging: cross-compiling without CMAKE_CROSSCOMPILING_EMULATOR; "
                    "assocctl cannot run here, so no shell completion is installed")
    return()
endif()

set(completion_dir "${CMAKE_CURRENT_BINARY_DIR}/completion")
set(completion_bash "${completion_dir}/assocctl")
set(completion_zsh "${completion_dir}/_assocctl")
set(completion_fish "${completion_dir}/assocctl.fish")

foreach(shell bash zsh fish)
    add_custom_command(OUTPUT "${completion_${shell}}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${completion_dir}"
        COMMAND ${CMAKE_CROSSCOMPILING_EMULATOR} $<TARGET_FILE:assocctl> completion ${shell}
                > "${completion_${shell}}"
        DEPENDS assocctl
        COMMENT "Writing the ${shell} completion for assocctl"
        VERBATIM)
endforeach()
add_custom_target(assoc_shell_completion ALL
    DEPENDS "${completion_bash}" "${completion_zsh}" "${completion_fish}")
set_target_properties(assoc_shell_completion PROPERTIES
    ASSOC_BASH_SCRIPT "${completion_bash}"
    ASSOC_ZSH_SCRIPT "${completion_zsh}"
    ASSOC_FISH_SCRIPT "${completion_fish}")

install(FILES "${completion_bash}"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions")
install(FILES "${completion_zsh}" DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
install(FILES "${completion_fish}" DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")
