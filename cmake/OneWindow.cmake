# Helpers shared by every target of the project.

# Project code is warning-free; third-party headers come in as SYSTEM includes.
function(ow_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Werror)
endfunction()

# ow_module(NAME SOURCES... [DEPS ...]) -> shared library ow_<name>, alias ow::<name>.
# Modules are shared so the app and the plugins see one copy of every QObject class
# (qobject_cast and signal connections across the plugin boundary depend on it).
function(ow_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(ow_${name} SHARED ${ARG_SOURCES})
  add_library(ow::${name} ALIAS ow_${name})
  target_include_directories(ow_${name} PUBLIC ${PROJECT_SOURCE_DIR}/modules)
  target_link_libraries(ow_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  set_target_properties(ow_${name} PROPERTIES OUTPUT_NAME onewindow_${name}
    VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
  ow_warnings(ow_${name})
  install(TARGETS ow_${name} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
endfunction()

# ow_device_plugin(NAME SOURCES...) -> a Qt plugin in lib/onewindow/plugins.
function(ow_device_plugin name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ow::devicekit ow::core ${ARG_DEPS})
  set_target_properties(${name} PROPERTIES PREFIX "" OUTPUT_NAME onewindow-${name}
    LIBRARY_OUTPUT_DIRECTORY ${OW_PLUGIN_OUTPUT_DIR}
    INSTALL_RPATH "$ORIGIN/../..")
  ow_warnings(${name})
  install(TARGETS ${name} LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/onewindow/plugins)
endfunction()
