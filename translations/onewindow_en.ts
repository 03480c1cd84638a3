<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ow::cli</name>
    <message numerus="yes">
        <source>Audit log intact: %n row(s) checked.</source>
        <translation>
            <numerusform>Audit log intact: %n row checked.</numerusform>
            <numerusform>Audit log intact: %n rows checked.</numerusform>
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
</context>
</TS>
