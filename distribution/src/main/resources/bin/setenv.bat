@echo off
rem
rem POLI_IN Platform: environment of bin\karaf.bat, bin\start.bat, bin\stop.bat and bin\client.bat.
rem Values already set in the environment win. The same settings as bin/setenv (Linux, macOS).
rem

rem --- Memory bounds of the server JVM (docs/operations.md, "Memory") -------------------------------
rem Karaf 4.4's scripts no longer read JAVA_MAX_MEM: the heap bound reaches the JVM as -Xmx through
rem EXTRA_JAVA_OPTS. POLIIN_HEAP sets the maximum heap (512m, 1g...); JAVA_MAX_MEM is honoured when
rem POLIIN_HEAP is not set; the default is 384m. On an OutOfMemoryError the JVM writes a heap dump
rem into data\ and exits. An -Xmx already in EXTRA_JAVA_OPTS wins; start.bat and karaf.bat both read
rem this file, and the options are added once.
if "%POLIIN_HEAP%" == "" if not "%JAVA_MAX_MEM%" == "" set "POLIIN_HEAP=%JAVA_MAX_MEM%"
if "%POLIIN_HEAP%" == "" set "POLIIN_HEAP=384m"
echo.%EXTRA_JAVA_OPTS% | findstr /C:"-Xmx" >nul
if errorlevel 1 set "EXTRA_JAVA_OPTS=%EXTRA_JAVA_OPTS% -Xmx%POLIIN_HEAP% -XX:MaxMetaspaceSize=256m -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=%~dp0..\data -XX:+ExitOnOutOfMemoryError"
rem --- end of memory bounds ------------------------------------------------------------------------
