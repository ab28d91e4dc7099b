<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>PlanChange</name>
        <message numerus="yes">
            <location filename="../../src/core/SchemaPlan.cpp" line="+55" />
            <source>at most %n record(s)</source>
            <translation>
                <numerusform>at most %n record</numerusform>
                <numerusform>at most %n records</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::ActionSet</name>
        <message numerus="yes">
            <location filename="../../src/app/ActionSet.cpp" line="+121" />
            <source>Delete the %n selected label(s) and their other directions</source>
            <translation>
                <numerusform>Delete the selected label and its other direction</numerusform>
                <numerusform>Delete the %n selected labels and their other directions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of the selected labels is defined by HubSpot; labels defined by HubSpot cannot be renamed or deleted.</source>
            <translation>
                <numerusform>%n of the selected labels is defined by HubSpot; labels defined by HubSpot cannot be renamed or deleted.</numerusform>
                <numerusform>%n of the selected labels are defined by HubSpot; labels defined by HubSpot cannot be renamed or deleted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Give the %n selected labels the same limit</source>
            <translation>
                <numerusform>Give the %n selected labels the same limit</numerusform>
                <numerusform>Give the %n selected labels the same limit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Remove the limit of %n selected label(s)</source>
            <translation>
                <numerusform>Remove the limit of %n selected label</numerusform>
                <numerusform>Remove the limit of %n selected labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>The selected label(s) have no limit.</source>
            <translation>
                <numerusform>The selected label has no limit.</numerusform>
                <numerusform>The selected labels have no limit.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::BulkActionRunner</name>
        <message numerus="yes">
            <location filename="../../src/app/BulkActionRunner.cpp" line="+93" />
            <source>Not every change was made: each one's outcome is listed above. Confirm again to try the %n left over what the portal holds now, or close to leave them.</source>
            <translation>
                <numerusform>Not every change was made: each one's outcome is listed above. Confirm again to try the %n left over what the portal holds now, or close to leave them.</numerusform>
                <numerusform>Not every change was made: each one's outcome is listed above. Confirm again to try the %n left over what the portal holds now, or close to leave them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::BulkChangeList</name>
        <message numerus="yes">
            <location filename="../../src/app/dialogs/BulkChangeList.cpp" line="+195" />
            <source>%n applied</source>
            <translation>
                <numerusform>%n applied</numerusform>
                <numerusform>%n applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already in place</source>
            <translation>
                <numerusform>%n already in place</numerusform>
                <numerusform>%n already in place</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n left alone because someone changed it</source>
            <translation>
                <numerusform>%n left alone because someone changed it</numerusform>
                <numerusform>%n left alone because someone changed them</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n not started</source>
            <translation>
                <numerusform>%n not started</numerusform>
                <numerusform>%n not started</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::BulkLimitDialog</name>
        <message numerus="yes">
            <location filename="../../src/app/dialogs/BulkLimitDialog.cpp" line="+47" />
            <source>Remove the Limit of %n Label(s)</source>
            <translation>
                <numerusform>Remove the Limit of %n Label</numerusform>
                <numerusform>Remove the Limit of %n Labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Remove the limit of %n label(s) of %1? HubSpot's default for the portal applies to them again.</source>
            <translation>
                <numerusform>Remove the limit of %n label of %1? HubSpot's default for the portal applies to it again.</numerusform>
                <numerusform>Remove the limit of %n labels of %1? HubSpot's default for the portal applies to them again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>&amp;Remove Limit(s)</source>
            <translation>
                <numerusform>&amp;Remove Limit</numerusform>
                <numerusform>&amp;Remove Limits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Remove the limit(s) in HubSpot.</source>
            <translation>
                <numerusform>Remove the limit in HubSpot.</numerusform>
                <numerusform>Remove the limits in HubSpot.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Limit of %n Label(s)</source>
            <translation>
                <numerusform>Limit of %n Label</numerusform>
                <numerusform>Limit of %n Labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Give each of these %n label(s) of %1 the same limit: how many records one record may be associated with through it.</source>
            <translation>
                <numerusform>Give each of these %n label of %1 the same limit: how many records one record may be associated with through it.</numerusform>
                <numerusform>Give each of these %n labels of %1 the same limit: how many records one record may be associated with through it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+101" />
            <source>Lowering the limit from %L1 to %Ln record(s) affects records that already have many associations.</source>
            <translation>
                <numerusform>Lowering the limit from %L1 to %Ln record affects records that already have many associations.</numerusform>
                <numerusform>Lowering the limit from %L1 to %Ln records affects records that already have many associations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>A limit of %Ln record(s) affects records that already have many associations.</source>
            <translation>
                <numerusform>A limit of %Ln record affects records that already have many associations.</numerusform>
                <numerusform>A limit of %Ln records affects records that already have many associations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::CompareSession</name>
        <message numerus="yes">
            <location filename="../../src/app/compare/CompareSession.cpp" line="+31" />
            <source>%n change(s) applied</source>
            <translation>
                <numerusform>%n change applied</numerusform>
                <numerusform>%n changes applied</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already in place</source>
            <translation>
                <numerusform>%n already in place</numerusform>
                <numerusform>%n already in place</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n left alone because the portal had changed since the comparison</source>
            <translation>
                <numerusform>%n left alone because the portal had changed since the comparison</numerusform>
                <numerusform>%n left alone because the portal had changed since the comparison</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n not applied</source>
            <translation>
                <numerusform>%n not applied</numerusform>
                <numerusform>%n not applied</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::CompareWindow</name>
        <message numerus="yes">
            <location filename="../../src/app/compare/CompareWindow.cpp" line="+51" />
            <source>%n label(s) to create</source>
            <translation>
                <numerusform>%n label to create</numerusform>
                <numerusform>%n labels to create</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n label(s) to rename</source>
            <translation>
                <numerusform>%n label to rename</numerusform>
                <numerusform>%n labels to rename</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n limit(s) to set</source>
            <translation>
                <numerusform>%n limit to set</numerusform>
                <numerusform>%n limits to set</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n limit(s) to remove</source>
            <translation>
                <numerusform>%n limit to remove</numerusform>
                <numerusform>%n limits to remove</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n label(s) to delete</source>
            <translation>
                <numerusform>%n label to delete</numerusform>
                <numerusform>%n labels to delete</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+181" />
            <source>The target has %n label(s) or limit(s) the source does not; check “Include deletions” to list them.</source>
            <translation>
                <numerusform>The target has %n label or limit the source does not; check “Include deletions” to list them.</numerusform>
                <numerusform>The target has %n labels or limits the source does not; check “Include deletions” to list them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>&amp;Apply %n Change(s)</source>
            <translation>
                <numerusform>&amp;Apply %n Change</numerusform>
                <numerusform>&amp;Apply %n Changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1 of %n change(s) checked.</source>
            <translation>
                <numerusform>%1 of %n change checked.</numerusform>
                <numerusform>%1 of %n changes checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%1: %n change(s).</source>
            <translation>
                <numerusform>%1: %n change.</numerusform>
                <numerusform>%1: %n changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+29" />
            <source>Apply %n change(s) to %1?</source>
            <translation>
                <numerusform>Apply %n change to %1?</numerusform>
                <numerusform>Apply %n changes to %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+64" />
            <source>Saved %n change(s) to %1.</source>
            <translation>
                <numerusform>Saved %n change to %1.</numerusform>
                <numerusform>Saved %n changes to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::DeleteLabelDialog</name>
        <message numerus="yes">
            <location filename="../../src/app/dialogs/DeleteLabelDialog.cpp" line="+45" />
            <source>Delete %n label(s) of %1?</source>
            <translation>
                <numerusform>Delete %n label of %1?</numerusform>
                <numerusform>Delete %n labels of %1?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Associations that use the %n label(s) lose them, and the limits set for them are removed with them. This cannot be undone.</source>
            <translation>
                <numerusform>Associations that use the label lose it, and the limits set for it are removed with it. This cannot be undone.</numerusform>
                <numerusform>Associations that use the %n labels lose them, and the limits set for them are removed with them. This cannot be undone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>&amp;Delete %n Labels</source>
            <translation>
                <numerusform>&amp;Delete %n Label</numerusform>
                <numerusform>&amp;Delete %n Labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Delete the label(s) in HubSpot.</source>
            <translation>
                <numerusform>Delete the label in HubSpot.</numerusform>
                <numerusform>Delete the labels in HubSpot.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::LimitDialog</name>
        <message numerus="yes">
            <location filename="../../src/app/dialogs/LimitDialog.cpp" line="+110" />
            <source>Currently: at most %Ln record(s)</source>
            <translation>
                <numerusform>Currently: at most %Ln record</numerusform>
                <numerusform>Currently: at most %Ln records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+69" />
            <source>Lowering the limit from %L1 to %Ln record(s) affects records that already have many associations.</source>
            <translation>
                <numerusform>Lowering the limit from %L1 to %Ln record affects records that already have many associations.</numerusform>
                <numerusform>Lowering the limit from %L1 to %Ln records affects records that already have many associations.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>A limit of %Ln record(s) affects records that already have many associations.</source>
            <translation>
                <numerusform>A limit of %Ln record affects records that already have many associations.</numerusform>
                <numerusform>A limit of %Ln records affects records that already have many associations.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::LimitImpactPanel</name>
        <message numerus="yes">
            <location filename="../../src/app/dialogs/LimitImpactPanel.cpp" line="+79" />
            <source>%Ln record(s) at the limit</source>
            <translation>
                <numerusform>%Ln record at the limit</numerusform>
                <numerusform>%Ln records at the limit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%Ln near it</source>
            <translation>
                <numerusform>%Ln near it</numerusform>
                <numerusform>%Ln near it</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>(Measured against a limit of %Ln record(s).)</source>
            <translation>
                <numerusform>(Measured against a limit of %Ln record.)</numerusform>
                <numerusform>(Measured against a limit of %Ln records.)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Record %1 · %2 (%Ln association(s), near the limit)</source>
            <translation>
                <numerusform>Record %1 · %2 (%Ln association, near the limit)</numerusform>
                <numerusform>Record %1 · %2 (%Ln associations, near the limit)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::MainWindow</name>
        <message numerus="yes">
            <location filename="../../src/app/MainWindow.cpp" line="+437" />
            <source>%1 of %n label(s)</source>
            <translation>
                <numerusform>%1 of %n label</numerusform>
                <numerusform>%1 of %n labels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::SchemaMapScene</name>
        <message numerus="yes">
            <location filename="../../src/app/map/SchemaMapScene.cpp" line="+145" />
            <source>%1 — %n user-defined label(s)</source>
            <translation>
                <numerusform>%1 — %n user-defined label</numerusform>
                <numerusform>%1 — %n user-defined labels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::SchemaMapWindow</name>
        <message numerus="yes">
            <location filename="../../src/app/map/SchemaMapWindow.cpp" line="+181" />
            <source>%n object type(s)</source>
            <translation>
                <numerusform>%n object type</numerusform>
                <numerusform>%n object types</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n pair(s) with user-defined labels</source>
            <translation>
                <numerusform>%n pair with user-defined labels</numerusform>
                <numerusform>%n pairs with user-defined labels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::app::StatusBarController</name>
        <message numerus="yes">
            <location filename="../../src/app/StatusBarController.cpp" line="+215" />
            <source>Up to date; %n pair(s) changed since %1 (in bold).</source>
            <translation>
                <numerusform>Up to date; %n pair changed since %1 (in bold).</numerusform>
                <numerusform>Up to date; %n pairs changed since %1 (in bold).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+40" />
            <source>Loading %v of %n pair(s)</source>
            <translation>
                <numerusform>Loading %v of %n pair</numerusform>
                <numerusform>Loading %v of %n pairs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::cli::ApplyCommand</name>
        <message numerus="yes">
            <location filename="../../src/cli/ApplyCommand.cpp" line="+46" />
            <source>The plan deletes or loosens %n thing(s); nothing was applied.</source>
            <translation>
                <numerusform>The plan deletes or loosens %n thing; nothing was applied.</numerusform>
                <numerusform>The plan deletes or loosens %n things; nothing was applied.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+85" />
            <source>assocctl: %n change(s) were not applied because the portal changed since the plan was made; compare again to see what it holds now.</source>
            <translation>
                <numerusform>assocctl: %n change was not applied because the portal changed since the plan was made; compare again to see what it holds now.</numerusform>
                <numerusform>assocctl: %n changes were not applied because the portal changed since the plan was made; compare again to see what it holds now.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::cli::DiffCommand</name>
        <message numerus="yes">
            <location filename="../../src/cli/DiffCommand.cpp" line="+61" />
            <source>Wrote the plan (%n change(s)) to %1.</source>
            <translation>
                <numerusform>Wrote the plan (%n change) to %1.</numerusform>
                <numerusform>Wrote the plan (%n changes) to %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n deletion(s) left out; --allow-deletes includes them.</source>
            <translation>
                <numerusform>%n deletion left out; --allow-deletes includes them.</numerusform>
                <numerusform>%n deletions left out; --allow-deletes includes them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n change(s) make %1 match %2:</source>
            <translation>
                <numerusform>%n change makes %1 match %2:</numerusform>
                <numerusform>%n changes make %1 match %2:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::models::ObjectTypeTreeModel</name>
        <message numerus="yes">
            <location filename="../../src/models/ObjectTypeTreeModel.cpp" line="+209" />
            <source>%1 of %n label(s)</source>
            <translation>
                <numerusform>%1 of %n label</numerusform>
                <numerusform>%1 of %n labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%1: %n custom label(s) named by the portal's usage listing: %2
Reading the pair for HubSpot's own labels and the limits…</source>
            <translation>
                <numerusform>%1: %n custom label named by the portal's usage listing: %2
Reading the pair for HubSpot's own labels and the limits…</numerusform>
                <numerusform>%1: %n custom labels named by the portal's usage listing: %2
Reading the pair for HubSpot's own labels and the limits…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%1: %n label(s)</source>
            <translation>
                <numerusform>%1: %n label</numerusform>
                <numerusform>%1: %n labels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n limit(s) set</source>
            <translation>
                <numerusform>%n limit set</numerusform>
                <numerusform>%n limits set</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%1 of %n custom label(s) used</source>
            <translation>
                <numerusform>%1 of %n custom label used</numerusform>
                <numerusform>%1 of %n custom labels used</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>assoc::models::PlanTreeModel</name>
        <message numerus="yes">
            <location filename="../../src/models/PlanTreeModel.cpp" line="+287" />
            <source>%n change(s) to the pair %1 → %2</source>
            <translation>
                <numerusform>%n change to the pair %1 → %2</numerusform>
                <numerusform>%n changes to the pair %1 → %2</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n failed</numerusform>
                <numerusform>%n failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n left alone (the portal had changed)</source>
            <translation>
                <numerusform>%n left alone (the portal had changed)</numerusform>
                <numerusform>%n left alone (the portal had changed)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n done</source>
            <translation>
                <numerusform>%n done</numerusform>
                <numerusform>%n done</numerusform>
            </translation>
        </message>
    </context>
</TS>
