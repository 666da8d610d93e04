@echo off
rem
rem POLI_IN Platform: environment of bin\karaf.bat, bin\start.bat, bin\stop.bat and bin\client.bat
rem (the Windows counterpart of bin/setenv: keep the JVM flags of both files the same; a test of the
rem integration tests compares them). Values already set in the environment win.
rem

rem A jar nested in the JAX-RS spec bundle carries a zip64 extra field that Java 17.0.8+ rejects by default.
rem Karaf may call this file twice (start.bat, then karaf.bat): the flag is added once.
echo.%EXTRA_JAVA_OPTS% | findstr /C:"-Djdk.util.zip.disableZip64ExtraFieldValidation=true" >nul 2>&1
if errorlevel 1 set "EXTRA_JAVA_OPTS=%EXTRA_JAVA_OPTS% -Djdk.util.zip.disableZip64ExtraFieldValidation=true"

rem ===== HTTPS: a self-signed certificate on first start (docs\operations.md, "HTTPS and the network") =====
rem The same as bin/setenv: while etc\org.ops4j.pax.web.cfg names the generated keystore (etc\poliin-tls.p12,
rem as shipped) and that file is missing, make it with the JDK's keytool (RSA 3072, 825 days, localhost,
rem 127.0.0.1 and this computer's name, PKCS12) with a random password in etc\poliin-tls.password, both
rem readable by the current user only.
setlocal EnableExtensions
set "POLIIN_ETC=%KARAF_ETC%"
if "%POLIIN_ETC%" == "" set "POLIIN_ETC=%~dp0..\etc"
if exist "%POLIIN_ETC%\poliin-tls.p12" goto :poliinTlsEnd
findstr /R /C:"^ *org\.ops4j\.pax\.web\.ssl\.keystore *= *\${karaf\.etc}/poliin-tls\.p12" "%POLIIN_ETC%\org.ops4j.pax.web.cfg" >nul 2>&1 || goto :poliinTlsEnd
set "POLIIN_KEYTOOL=keytool"
if not "%JAVA_HOME%" == "" if exist "%JAVA_HOME%\bin\keytool.exe" set "POLIIN_KEYTOOL=%JAVA_HOME%\bin\keytool.exe"
echo POLI_IN: generating a self-signed TLS certificate for %COMPUTERNAME% in %POLIIN_ETC%\poliin-tls.p12 1>&2
powershell -NoProfile -NonInteractive -Command "$b = New-Object byte[] 24; [Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($b); [IO.File]::WriteAllText($env:POLIIN_ETC + '\poliin-tls.password', (-join ($b | ForEach-Object { $_.ToString('x2') })))" || goto :poliinTlsFailed
icacls "%POLIIN_ETC%\poliin-tls.password" /inheritance:r /grant:r "%USERNAME%:F" >nul || goto :poliinTlsFailed
"%POLIIN_KEYTOOL%" -genkeypair -alias poliin -keyalg RSA -keysize 3072 -sigalg SHA256withRSA -validity 825 -dname "CN=%COMPUTERNAME%, O=POLI_IN Platform (self-signed)" -ext "SAN=DNS:localhost,IP:127.0.0.1,DNS:%COMPUTERNAME%" -ext "EKU=serverAuth" -storetype PKCS12 -keystore "%POLIIN_ETC%\poliin-tls.p12" -storepass:file "%POLIIN_ETC%\poliin-tls.password" >nul 2>&1 || goto :poliinTlsFailed
icacls "%POLIIN_ETC%\poliin-tls.p12" /inheritance:r /grant:r "%USERNAME%:F" >nul || goto :poliinTlsFailed
goto :poliinTlsEnd
:poliinTlsFailed
del /q "%POLIIN_ETC%\poliin-tls.p12" "%POLIIN_ETC%\poliin-tls.password" >nul 2>&1
echo POLI_IN: could not generate %POLIIN_ETC%\poliin-tls.p12 with %POLIIN_KEYTOOL%: HTTPS (and Pax Web) will not start 1>&2
:poliinTlsEnd
endlocal
rem ===== end of HTTPS =====

rem --- Memory bounds of the server JVM (docs/operations.md, "Memory") -------------------------------
rem Karaf 4.4's scripts no longer read JAVA_MAX_MEM: the heap bound reaches the JVM as -Xmx through
rem EXTRA_JAVA_OPTS. POLIIN_HEAP sets the maximum heap (512m, 1g...); JAVA_MAX_MEM is honoured when
rem POLIIN_HEAP is not set; the default is 384m. On an OutOfMemoryError the JVM writes a heap dump
rem into data\ and exits. An -Xmx already in EXTRA_JAVA_OPTS wins; start.bat and karaf.bat both read
rem this file, and the options are added once.
if "%POLIIN_HEAP%" == "" if not "%JAVA_MAX_MEM%" == "" set "POLIIN_HEAP=%JAVA_MAX_MEM%"
if "%POLIIN_HEAP%" == "" set "POLIIN_HEAP=384m"
set "POLIIN_DATA=%KARAF_DATA%"
if "%POLIIN_DATA%" == "" set "POLIIN_DATA=%~dp0..\data"
echo.%EXTRA_JAVA_OPTS% | findstr /C:"-Xmx" >nul
if errorlevel 1 set "EXTRA_JAVA_OPTS=%EXTRA_JAVA_OPTS% -Xmx%POLIIN_HEAP% -XX:MaxMetaspaceSize=256m -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath=%POLIIN_DATA% -XX:+ExitOnOutOfMemoryError"
rem --- end of memory bounds ------------------------------------------------------------------------
