package org.testbench.protocols.opcua.server;

import java.util.List;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.items.DataItem;
import org.eclipse.milo.opcua.sdk.server.items.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaObjectNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;

/**
 * An address space of objects and variable nodes with string NodeIds, whose subscriptions are
 * served by sampling the node values (Milo's {@link SubscriptionModel}), so a client's monitored
 * items see what a read would see, including values computed by attribute filters.
 *
 * <p>A subclass builds its nodes in {@link #addNodes()}, which runs once when the namespace starts.
 * NodeIds are paths such as {@code Robot/Target/X}; the browse and display name of a node is the
 * part after the last '/'.
 */
public abstract class VariableNamespace extends ManagedNamespaceWithLifecycle {

    private final SubscriptionModel subscriptions;

    /**
     * @param server       the server to register with; the namespace takes the next free index
     * @param namespaceUri the namespace URI clients resolve the index from
     */
    protected VariableNamespace(OpcUaServer server, String namespaceUri) {
        super(server, namespaceUri);
        subscriptions = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptions);
        getLifecycleManager().addStartupTask(this::addNodes);
    }

    /** Builds the address space; runs once at start-up, after the subclass is constructed. */
    protected abstract void addNodes();

    /**
     * @param parent      the object to hold it as a component, or null for the Objects folder
     * @param id          the NodeId string, e.g. {@code Robot/Target}
     * @param description what the object stands for
     * @return the new object, already in the address space
     */
    protected final UaObjectNode addObject(UaObjectNode parent, String id, String description) {
        UaObjectNode node = new UaObjectNode.UaObjectNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(nameOf(id)))
                .setDisplayName(LocalizedText.english(nameOf(id)))
                .setDescription(LocalizedText.english(description))
                .setTypeDefinition(NodeIds.BaseObjectType)
                .build();
        return attach(parent, node);
    }

    /**
     * @param parent      the object to hold it, or null for the Objects folder
     * @param id          the NodeId string, e.g. {@code Signals}
     * @param description what the folder groups
     * @return the new folder, already in the address space; nodes added under it are organized by it
     */
    protected final UaFolderNode addFolder(UaObjectNode parent, String id, String description) {
        UaFolderNode node = new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(nameOf(id)),
                LocalizedText.english(nameOf(id)));
        node.setDescription(LocalizedText.english(description));
        return attach(parent, node);
    }

    /**
     * @param parent      the object or folder to hold it
     * @param id          the NodeId string, e.g. {@code Robot/Target/X}
     * @param description what the value means, with its unit
     * @param dataType    the data type, e.g. {@link NodeIds#Double}
     * @param access      access level for every user, e.g. {@link AccessLevel#READ_WRITE}
     * @param initial     the value until a client or the owner writes another
     * @return the new variable, already in the address space
     */
    protected final UaVariableNode addVariable(UaObjectNode parent, String id, String description, NodeId dataType,
            Set<AccessLevel> access, Variant initial) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setBrowseName(newQualifiedName(nameOf(id)))
                .setDisplayName(LocalizedText.english(nameOf(id)))
                .setDescription(LocalizedText.english(description))
                .setDataType(dataType)
                .setTypeDefinition(NodeIds.BaseDataVariableType)
                .setAccessLevel(access)
                .setUserAccessLevel(access)
                .build();
        node.setValue(new DataValue(initial));
        return attach(parent, node);
    }

    /** Forwards to the subscription model, which starts sampling the items' nodes. */
    @Override
    public void onDataItemsCreated(List<DataItem> items) {
        subscriptions.onDataItemsCreated(items);
    }

    /** Forwards to the subscription model, which applies the new sampling intervals. */
    @Override
    public void onDataItemsModified(List<DataItem> items) {
        subscriptions.onDataItemsModified(items);
    }

    /** Forwards to the subscription model, which stops sampling the items' nodes. */
    @Override
    public void onDataItemsDeleted(List<DataItem> items) {
        subscriptions.onDataItemsDeleted(items);
    }

    /** Forwards to the subscription model, which pauses or resumes sampling. */
    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> items) {
        subscriptions.onMonitoringModeChanged(items);
    }

    private <T extends UaNode> T attach(UaObjectNode parent, T node) {
        getNodeManager().addNode(node);
        if (parent == null) {
            node.addReference(new Reference(node.getNodeId(), NodeIds.Organizes, NodeIds.ObjectsFolder.expanded(),
                    false));
        } else if (parent instanceof UaFolderNode folder) {
            folder.addOrganizes(node);
        } else {
            parent.addComponent(node);
        }
        return node;
    }

    private static String nameOf(String id) {
        return id.substring(id.lastIndexOf('/') + 1);
    }
}
