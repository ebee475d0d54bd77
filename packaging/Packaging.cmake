# SPDX-License-Identifier: GPL-3.0-or-later
# Installers, included from the root CMakeLists.txt after the executable is defined:
# what the executable needs for desktop integration, the Windows and macOS bundle settings,
# Qt's deployment into those bundles, and CPack (.deb, .rpm, NSIS .exe, .dmg).
# packaging/README.md says how to build each package and what it holds.
include(GNUInstallDirs)

# The window icon and the translations, embedded in the program that shows the window.
target_link_libraries(${CONFAB_WINDOW_TARGET} PRIVATE confab_resources confab_translations)
add_dependencies(${CONFAB_WINDOW_TARGET} confab_icons)

if(WIN32)
    # No console window for the app; the icon and version resource of confab.exe.
    enable_language(RC)
    set_target_properties(confab PROPERTIES WIN32_EXECUTABLE ON)
    configure_file(${CMAKE_CURRENT_LIST_DIR}/windows/confab.rc.in ${CMAKE_BINARY_DIR}/packaging/confab.rc @ONLY)
    target_sources(confab PRIVATE ${CMAKE_BINARY_DIR}/packaging/confab.rc)
    set_source_files_properties(${CMAKE_BINARY_DIR}/packaging/confab.rc TARGET_DIRECTORY confab
        PROPERTIES OBJECT_DEPENDS ${CONFAB_ICON_ICO})
endif()

if(APPLE)
    set_target_properties(confab PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME Confab
        MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME Confab
        MACOSX_BUNDLE_GUI_IDENTIFIER ${CONFAB_APP_ID}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_ICON_FILE Confab.icns
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
    target_sources(confab PRIVATE ${CONFAB_ICON_ICNS})
    set_source_files_properties(${CONFAB_ICON_ICNS} TARGET_DIRECTORY confab
        PROPERTIES GENERATED TRUE MACOSX_PACKAGE_LOCATION Resources)
endif()

# Qt's libraries, plugins, QML modules and translations go into the Windows installer and the
# macOS bundle (windeployqt / macdeployqt). Linux packages depend on the distribution's Qt.
if(WIN32 OR APPLE)
    # The QML files live in the static QML module libraries the executable links, not in the
    # executable's own folder: point the deploy tool at them, and at the modules the app loads
    # without an import (packaging/qml-imports).
    set(qml_dir_option "")
    foreach(dir ${PROJECT_SOURCE_DIR}/qml ${CMAKE_CURRENT_LIST_DIR}/qml-imports)
        if(WIN32)
            list(APPEND qml_dir_option --qmldir ${dir})
        else()
            list(APPEND qml_dir_option -qmldir=${dir})
        endif()
    endforeach()
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
        qt_generate_deploy_qml_app_script(TARGET confab
            OUTPUT_SCRIPT confab_deploy_script
            NO_UNSUPPORTED_PLATFORM_ERROR
            DEPLOY_TOOL_OPTIONS ${qml_dir_option})
        install(SCRIPT ${confab_deploy_script})
    else()
        # Qt 6.4 to 6.6: no DEPLOY_TOOL_OPTIONS; run the deploy tool on the installed files.
        get_target_property(qmake_location Qt6::qmake IMPORTED_LOCATION)
        get_filename_component(qt_bin_dir "${qmake_location}" DIRECTORY)
        if(WIN32)
            find_program(CONFAB_DEPLOY_TOOL windeployqt HINTS ${qt_bin_dir} REQUIRED)
            install(CODE "execute_process(COMMAND \"${CONFAB_DEPLOY_TOOL}\" ${qml_dir_option}
                \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/confab.exe\" COMMAND_ERROR_IS_FATAL ANY)")
        else()
            find_program(CONFAB_DEPLOY_TOOL macdeployqt HINTS ${qt_bin_dir} REQUIRED)
            install(CODE "execute_process(COMMAND \"${CONFAB_DEPLOY_TOOL}\"
                \"\${CMAKE_INSTALL_PREFIX}/Confab.app\" ${qml_dir_option} COMMAND_ERROR_IS_FATAL ANY)")
        endif()
    endif()
    if(APPLE)
        # macdeployqt rewrites the binaries, which voids the linker's ad-hoc signatures; Apple
        # silicon runs nothing unsigned. "-" signs ad hoc (runs here, and on other Macs after
        # the quarantine prompt); a Developer ID and notarisation are for public releases.
        set(CONFAB_MACOS_SIGN_IDENTITY "-" CACHE STRING "codesign identity for Confab.app (- is ad hoc)")
        install(CODE "execute_process(COMMAND codesign --force --deep
            --sign \"${CONFAB_MACOS_SIGN_IDENTITY}\" \"\${CMAKE_INSTALL_PREFIX}/Confab.app\" COMMAND_ERROR_IS_FATAL ANY)")
    endif()
    # Libraries outside Qt that were built shared (QCoro, QtKeychain) ship next to the program.
    # The CI workflow builds them static, which needs nothing here.
    if(WIN32)
        foreach(dependency QCoro6::Core QCoro6::Network QCoro6::Qml qt6keychain)
            if(TARGET ${dependency})
                get_target_property(type ${dependency} TYPE)
                if(type STREQUAL "SHARED_LIBRARY")
                    install(IMPORTED_RUNTIME_ARTIFACTS ${dependency} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
                endif()
            endif()
        endforeach()
    endif()
endif()

# Licence and copyright, where each system looks for them.
if(UNIX AND NOT APPLE)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/confab)
else()
    install(FILES ${PROJECT_SOURCE_DIR}/LICENSES/GPL-3.0-or-later.txt DESTINATION . RENAME LICENSE.txt)
endif()

# ---- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME confab)
set(CPACK_PACKAGE_VENDOR "The Confab developers")
set(CPACK_PACKAGE_CONTACT "The Confab developers <confab@invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Confab talks to any OpenAI-compatible server (OpenAI, DeepSeek, OpenRouter, Ollama, LM Studio,\n"
    "llama.cpp, vLLM), keeps every conversation in a local SQLite database, runs an embedded agent\n"
    "that can use tools, and can share its chat stream with other programs through a local server.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSES/GPL-3.0-or-later.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Confab)
set(CPACK_PACKAGE_EXECUTABLES confab Confab)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-.*/")

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME Confab)
    set(CPACK_NSIS_PACKAGE_NAME Confab)
    set(CPACK_NSIS_MUI_ICON ${CONFAB_ICON_ICO})
    set(CPACK_NSIS_MUI_UNIICON ${CONFAB_ICON_ICO})
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin\\\\confab.exe)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN confab.exe)
    set(CPACK_PACKAGE_FILE_NAME "Confab-${PROJECT_VERSION}-windows-x64")
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME Confab)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_FILE_NAME "Confab-${PROJECT_VERSION}-macos")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Shared libraries: computed by dpkg-shlibdeps. What the loader cannot see: the QML modules
    # the views import, which CPackProjectConfig.cmake adds when cpack runs, from the imports
    # (packaging/QmlModules.cmake), and the plugins listed here. scripts/package-test chats in
    # the window on a clean system with only these installed, so a missing one fails there.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_CONFAB_DEBIAN_DEPENDS libqt6sql6-sqlite)
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

    find_program(RPMBUILD rpmbuild)
    if(RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_RELEASE 1)
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    # Shared libraries: found by rpmbuild's own dependency generator (sonames). The QML modules,
    # under Fedora's package names, come from the imports as for the .deb (qt6-qtdeclarative
    # holds all of Qt's; Fedora's qt6-qtbase has the SQLite plugin, and the sonames pull it in).
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_CONFAB_QT_VERSION ${Qt6_VERSION_MAJOR}.${Qt6_VERSION_MINOR})
    set(CPACK_CONFAB_RPM_REQUIRES "")
    # Read by cpack: the .deb's and .rpm's QML dependencies, from the sources' imports.
    set(CPACK_CONFAB_SOURCE_DIR ${PROJECT_SOURCE_DIR})
    set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/CPackProjectConfig.cmake)
    # Folders that belong to the system (the filesystem and hicolor-icon-theme packages).
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps /usr/share/doc)
    foreach(size IN LISTS CONFAB_ICON_SIZES)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

include(CPack)
