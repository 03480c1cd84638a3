<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ow::casework::Intake</name>
    <message numerus="yes">
        <source>%1: %n question(s) still open.</source>
        <translation>
            <numerusform>%1: %n question still open.</numerusform>
            <numerusform>%1: %n questions still open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n material(s) not handed over: tick them, or accept with a deficiency notice.</source>
        <translation>
            <numerusform>%1: %n material not handed over: tick them, or accept with a deficiency notice.</numerusform>
            <numerusform>%1: %n materials not handed over: tick them, or accept with a deficiency notice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::catalog</name>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The catalog in %1 has %n error(s) and was not installed:
%2</source>
        <translation>
            <numerusform>The catalog in %1 has %n error and was not installed:
%2</numerusform>
            <numerusform>The catalog in %1 has %n errors and was not installed:
%2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::cli</name>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Audit log intact: %n row checked.</numerusform>
            <numerusform>Audit log intact: %n rows checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pickup reminder(s) queued.</source>
        <translation>
            <numerusform>%n pickup reminder queued.</numerusform>
            <numerusform>%n pickup reminders queued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::devices::SimIdReader</name>
    <message numerus="yes">
        <source>%n built-in card(s)</source>
        <translation>
            <numerusform>%n built-in card</numerusform>
            <numerusform>%n built-in cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::documents</name>
    <message numerus="yes">
        <source>%n working day(s); ready on %1 at the latest.</source>
        <translation>
            <numerusform>%n working day; ready on %1 at the latest.</numerusform>
            <numerusform>%n working days; ready on %1 at the latest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missing items: %n</source>
        <translation>
            <numerusform>Missing items: %n</numerusform>
            <numerusform>Missing items: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code (%n bytes).</source>
        <translation>
            <numerusform>The text is too long for a QR code (%n byte).</numerusform>
            <numerusform>The text is too long for a QR code (%n bytes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s), by %1</source>
        <translation>
            <numerusform>%n working day, by %1</numerusform>
            <numerusform>%n working days, by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acceptance receipt: %1 and %n more</source>
        <translation>
            <numerusform>Acceptance receipt: %1 and %n more</numerusform>
            <numerusform>Acceptance receipt: %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::CitizenPanel</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::CounterScreen</name>
    <message numerus="yes">
        <source>This card expires in %n day(s): offer a renewal now.</source>
        <translation>
            <numerusform>This card expires in %n day: offer a renewal now.</numerusform>
            <numerusform>This card expires in %n days: offer a renewal now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n question(s) open)</source>
        <translation>
            <numerusform> (%n question open)</numerusform>
            <numerusform> (%n questions open)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n missing)</source>
        <translation>
            <numerusform> (%n missing)</numerusform>
            <numerusform> (%n missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) still open</source>
        <translation>
            <numerusform>%n question still open</numerusform>
            <numerusform>%n questions still open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) to follow (one-time notice)</source>
        <translation>
            <numerusform>%n material to follow (one-time notice)</numerusform>
            <numerusform>%n materials to follow (one-time notice)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::FacePreview</name>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n face</numerusform>
            <numerusform>%n faces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::GuidePanel</name>
    <message numerus="yes">
        <source>%n question(s) still open; materials marked &quot;possibly&quot; depend on them.</source>
        <translation>
            <numerusform>%n question still open; materials marked &quot;possibly&quot; depend on it.</numerusform>
            <numerusform>%n questions still open; materials marked &quot;possibly&quot; depend on them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promised within %n working day(s): by %1.</source>
        <translation>
            <numerusform>Promised within %n working day: by %1.</numerusform>
            <numerusform>Promised within %n working days: by %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::MatterPicker</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::PhotoDialog</name>
    <message numerus="yes">
        <source>The photo does not meet the specification: %n problem(s), listed first. Adjust and take it again.</source>
        <translation>
            <numerusform>The photo does not meet the specification: %n problem, listed first. Adjust and take it again.</numerusform>
            <numerusform>The photo does not meet the specification: %n problems, listed first. Adjust and take it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::QueuePanel</name>
    <message numerus="yes">
        <source>Called %1 again (%n time(s)).</source>
        <translation>
            <numerusform>Called %1 again (%n time).</numerusform>
            <numerusform>Called %1 again (%n times).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::SyncIndicator</name>
    <message numerus="yes">
        <source>%n need(s) an officer</source>
        <translation>
            <numerusform>%n needs an officer</numerusform>
            <numerusform>%n need an officer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::gui::SyncProblemsDialog</name>
    <message numerus="yes">
        <source>%n case(s) need an officer. Choose a row, then take the central version (Alt+T) or open the case (Alt+O) to look at it first.</source>
        <translation>
            <numerusform>%n case needs an officer. Choose a row, then take the central version (Alt+T) or open the case (Alt+O) to look at it first.</numerusform>
            <numerusform>%n cases need an officer. Choose a row, then take the central version (Alt+T) or open the case (Alt+O) to look at it first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ow::sync</name>
    <message numerus="yes">
        <source>The back office moved %n case(s) with a change made here not yet accepted (%1): settle them in Sync problems.</source>
        <translation>
            <numerusform>The back office moved %n case with a change made here not yet accepted (%1): settle it in Sync problems.</numerusform>
            <numerusform>The back office moved %n cases with a change made here not yet accepted (%1): settle them in Sync problems.</numerusform>
        </translation>
    </message>
</context>
</TS>
