"use client";

import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import type { RowDrag } from "./row-drag";

/** The exercise list's drag and drop; loaded apart from the builder (see useSortableRows). */
export function SortableItems({ ids, onMove, children }: { ids: string[]; onMove: (from: number, to: number) => void; children: React.ReactNode }) {
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {children}
      </SortableContext>
    </DndContext>
  );
}

export function SortableRow({ id, children }: { id: string; children: (drag: RowDrag) => React.ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  return children({
    row: { ref: setNodeRef, style: { transform: CSS.Transform.toString(transform), transition } },
    // dnd-kit types its listeners loosely (name to Function); they are React pointer and key handlers.
    handle: { ref: setActivatorNodeRef, ...attributes, ...(listeners as React.HTMLAttributes<HTMLElement>) },
    isDragging,
  });
}
