package grader.mutation.operators;

import org.pitest.reloc.asm.Handle;
import org.pitest.reloc.asm.Label;
import org.pitest.reloc.asm.MethodVisitor;
import org.pitest.reloc.asm.Opcodes;

/**
 * Knows which local variable the instruction before the current one stored or loaded, for the
 * operators that change what javac keeps in locals of its own.
 * <ul>
 *   <li>A {@code synchronized} block's lock: javac stores it before it enters the monitor, and
 *       loads it before each exit, the one in the handler for anything thrown included:
 *       <pre>(the lock) DUP ASTORE n MONITORENTER ...the block... ALOAD n MONITOREXIT</pre></li>
 *   <li>A try-with-resources resource: each close, on the normal path and in the handler, is
 *       {@code ALOAD n INVOKEVIRTUAL close()V} (or {@code INVOKEINTERFACE}).</li>
 * </ul>
 * A subclass hears of each monitor instruction and method call with the local its operand came
 * from, of each store into a local, and of every instruction just before it is passed on.
 */
abstract class LocalVariableTracking extends MethodVisitor {

    /** No local variable: the instruction before was not a store or load of one. */
    static final int NONE = -1;

    private int previousStore = NONE;
    private int previousLoad = NONE;

    LocalVariableTracking(MethodVisitor next) {
        super(Opcodes.ASM9, next);
    }

    /** A {@code MONITORENTER} whose lock javac stored in local {@code slot} ({@link #NONE} if not javac's pattern). */
    void monitorEnter(int slot) {
        emitMonitorEnter();
    }

    /** A {@code MONITOREXIT} whose lock was just loaded from local {@code slot} ({@link #NONE} if not). */
    void monitorExit(int slot) {
        emitMonitorExit();
    }

    /** A method call; {@code loadedFrom} is the local the instruction before it loaded, else {@link #NONE}. */
    void methodCall(int opcode, String owner, String name, String descriptor, boolean isInterface, int loadedFrom) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    /** A store into local {@code slot}, just before it is passed on: what the local held is gone. */
    void storeInto(int slot) {
    }

    /** Any instruction, just before it is passed on; {@code var} is the local it loads or stores, else {@link #NONE}. */
    void beforeInstruction(int opcode, int var) {
    }

    final void emitMonitorEnter() {
        super.visitInsn(Opcodes.MONITORENTER);
    }

    final void emitMonitorExit() {
        super.visitInsn(Opcodes.MONITOREXIT);
    }

    /** Drops the lock from the stack: where a monitor instruction stood, nothing is locked or unlocked. */
    final void emitPop() {
        super.visitInsn(Opcodes.POP);
    }

    final void emitLoad(int slot) {
        super.visitVarInsn(Opcodes.ALOAD, slot);
    }

    final void emitCall(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
    }

    @Override
    public void visitInsn(int opcode) {
        int stored = previousStore;
        int loaded = previousLoad;
        forget();
        beforeInstruction(opcode, NONE);
        if (opcode == Opcodes.MONITORENTER) {
            monitorEnter(stored);
        } else if (opcode == Opcodes.MONITOREXIT) {
            monitorExit(loaded);
        } else {
            super.visitInsn(opcode);
        }
    }

    @Override
    public void visitVarInsn(int opcode, int var) {
        forget();
        beforeInstruction(opcode, var);
        if (opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE) {
            storeInto(var);
        }
        super.visitVarInsn(opcode, var);
        if (opcode == Opcodes.ASTORE) {
            previousStore = var;
        } else if (opcode == Opcodes.ALOAD) {
            previousLoad = var;
        }
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        forget();
        beforeInstruction(opcode, NONE);
        super.visitIntInsn(opcode, operand);
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        forget();
        beforeInstruction(opcode, NONE);
        super.visitTypeInsn(opcode, type);
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        forget();
        beforeInstruction(opcode, NONE);
        super.visitFieldInsn(opcode, owner, name, descriptor);
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        int loaded = previousLoad;
        forget();
        beforeInstruction(opcode, NONE);
        methodCall(opcode, owner, name, descriptor, isInterface, loaded);
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        forget();
        beforeInstruction(Opcodes.INVOKEDYNAMIC, NONE);
        super.visitInvokeDynamicInsn(name, descriptor, bootstrap, arguments);
    }

    @Override
    public void visitJumpInsn(int opcode, Label label) {
        forget();
        beforeInstruction(opcode, NONE);
        super.visitJumpInsn(opcode, label);
    }

    @Override
    public void visitLdcInsn(Object value) {
        forget();
        beforeInstruction(Opcodes.LDC, NONE);
        super.visitLdcInsn(value);
    }

    @Override
    public void visitIincInsn(int var, int increment) {
        forget();
        beforeInstruction(Opcodes.IINC, var);
        super.visitIincInsn(var, increment);
    }

    @Override
    public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
        forget();
        beforeInstruction(Opcodes.TABLESWITCH, NONE);
        super.visitTableSwitchInsn(min, max, dflt, labels);
    }

    @Override
    public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
        forget();
        beforeInstruction(Opcodes.LOOKUPSWITCH, NONE);
        super.visitLookupSwitchInsn(dflt, keys, labels);
    }

    @Override
    public void visitMultiANewArrayInsn(String descriptor, int dimensions) {
        forget();
        beforeInstruction(Opcodes.MULTIANEWARRAY, NONE);
        super.visitMultiANewArrayInsn(descriptor, dimensions);
    }

    private void forget() {
        previousStore = NONE;
        previousLoad = NONE;
    }
}
